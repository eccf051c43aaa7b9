// The WGAD draft's query (which confidential fields to include) and the wording of its footnotes.
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { footnoteText } from "@/lib/wgad/wgad-blocks";
import { sincePhrase } from "@/lib/wgad/since-phrase";
import { ZWgadQuerySchema } from "@/lib/validations/wgad";

describe("WGAD draft query", () => {
  it("includes nothing unless asked, in English unless asked", () => {
    expect(ZWgadQuerySchema.parse({})).toEqual({ locale: "en", include: [] });
  });

  it("reads a comma list, repeated parameters and both at once, each field once", () => {
    expect(ZWgadQuerySchema.parse({ include: "contact,family" }).include).toEqual(["contact", "family"]);
    expect(ZWgadQuerySchema.parse({ include: ["risk", "notes,risk"], locale: "ru" })).toEqual({
      locale: "ru",
      include: ["risk", "notes"],
    });
  });

  it("refuses a field it does not know, rather than ignoring it", () => {
    for (const include of ["everything", "contactDetails", "__proto__", ["contact", "constructor"]])
      expect(ZWgadQuerySchema.safeParse({ include }).success, String(include)).toBe(false);
    expect(ZWgadQuerySchema.safeParse({ locale: "de" }).success).toBe(false);
  });
});

describe("WGAD draft footnote", () => {
  const citation = {
    id: "c1",
    claim: "arrestDate",
    quote: "He was arrested on 12 March.",
    locator: "para. 4",
    source: {
      id: "s1",
      title: "A report",
      publisher: "A monitor",
      publishedDate: new Date("2025-04-10T00:00:00Z"),
      publishedPrecision: "DAY" as const,
      url: "https://example.org/report",
    },
    quotedSource: { id: "s2", title: "A court ruling" },
  };

  it("names the source, its date and address, what it quotes, and the passage verbatim", () => {
    expect(footnoteText(citation, "en", (t) => `Quoting: ${t}`)).toBe(
      "A report, A monitor, April 10, 2025. https://example.org/report. Quoting: A court ruling. “He was arrested on 12 March.” (para. 4)",
    );
  });

  it("puts no second period after a Russian date", () => {
    const text = footnoteText({ ...citation, quotedSource: null, locator: null }, "ru", (t) => t);
    expect(text).toBe(
      "A report, A monitor, 10 апреля 2025 г. https://example.org/report. “He was arrested on 12 March.”",
    );
  });
});

describe("WGAD draft 'since' phrase", () => {
  const march = new Date("2024-03-12T00:00:00Z");
  const since = (locale: "en" | "ru", date: Date | null, precision: "DAY" | "MONTH" | "YEAR" | "UNKNOWN") =>
    sincePhrase(translatorFor(locale), date, precision, locale);

  it("puts the month in the genitive after «с», at every precision, in Russian", () => {
    expect(since("ru", march, "MONTH")).toBe("с марта 2024 года");
    expect(since("ru", march, "YEAR")).toBe("с 2024 года");
    expect(since("ru", march, "DAY")).toBe("с 12 марта 2024 г.");
    expect(since("ru", null, "UNKNOWN")).toBe("с какого времени — неизвестно");
  });

  it("reads plainly in English", () => {
    expect(since("en", march, "MONTH")).toBe("since March 2024");
    expect(since("en", march, "YEAR")).toBe("since 2024");
    expect(since("en", march, "DAY")).toBe("since March 12, 2024");
    expect(since("en", march, "UNKNOWN")).toBe("since when not known");
  });
});
