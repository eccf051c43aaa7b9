import { describe, expect, it } from "vitest";
import { countryName, sortByLocalName } from "@/lib/format/country-name";

describe("countryName", () => {
  it("calls Kyrgyzstan «Кыргызстан» in Russian, as the country writes it, and keeps CLDR elsewhere", () => {
    expect(countryName("KG", "ru", "Kyrgyzstan")).toBe("Кыргызстан");
    expect(countryName("KG", "en", "Kyrgyzstan")).toBe("Kyrgyzstan");
    expect(countryName("KZ", "ru", "Kazakhstan")).toBe("Казахстан");
  });

  it("sorts by the name as shown", () => {
    const codes = sortByLocalName(
      [
        { code: "TJ", name: "Tajikistan" },
        { code: "KG", name: "Kyrgyzstan" },
        { code: "KZ", name: "Kazakhstan" },
      ],
      "ru",
    ).map((c) => c.code);
    expect(codes).toEqual(["KZ", "KG", "TJ"]);
  });
});
