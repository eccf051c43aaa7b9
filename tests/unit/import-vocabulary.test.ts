// How a Russian NGO's sheet names roles and countries: feminine forms of the interface's role labels, and the
// official Russian name of a country where the interface shows the everyday one.
import { describe, expect, it } from "vitest";
import { countryLookup } from "@/lib/import/country-lookup";
import { readRole, readStatus } from "@/lib/import/vocabulary";

describe("import vocabulary", () => {
  it.each([
    ["журналистка", "JOURNALIST"],
    ["Правозащитница", "HUMAN_RIGHTS_DEFENDER"],
    ["активистка", "ACTIVIST"],
    ["юристка", "LAWYER"],
    ["блогерка", "BLOGGER"],
    ["оппозиционная политик", "OPPOSITION_POLITICIAN"],
    ["активистка за трудовые права", "LABOUR_RIGHTS_ACTIVIST"],
    ["бывшая узница Гуантанамо", "FORMER_GUANTANAMO_DETAINEE"],
    ["Журналист", "JOURNALIST"],
    ["human rights defender", "HUMAN_RIGHTS_DEFENDER"],
  ])("reads the role %s", (label, code) => {
    expect(readRole(label)).toBe(code);
  });

  it("still refuses a role it does not know", () => {
    expect(readRole("космонавтка")).toBeUndefined();
  });

  it("keeps reading gendered statuses", () => {
    expect(readStatus("освобождена")).toBe("RELEASED");
  });

  const lookup = countryLookup([
    { code: "KG", name: "Kyrgyzstan" },
    { code: "BY", name: "Belarus" },
    { code: "MD", name: "Moldova" },
    { code: "US", name: "United States" },
  ]);
  it.each([
    ["Кыргызстан", "KG"],
    ["Киргизия", "KG"],
    ["Kyrgyz Republic", "KG"],
    ["Белоруссия", "BY"],
    ["Молдавия", "MD"],
    ["США", "US"],
    ["kg", "KG"],
  ])("reads the country %s", (name, code) => {
    expect(lookup(name)).toBe(code);
  });

  it("does not invent a country Habeas does not know", () => {
    expect(lookup("Таджикистан")).toBeUndefined();
  });
});
