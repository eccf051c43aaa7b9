// The one normalised match between a quote and its source's text.
import { describe, expect, it } from "vitest";
import { normaliseForQuoteMatch, quoteFoundInText } from "@/lib/citations/quote-match";

const SOURCE =
  "Authorities should also quash the charges, releasing Makhabat Tajibek Kyzy\u00a0 and lifting the “probational” sentences.\n  It’s done.";

describe("quoteFoundInText", () => {
  it("finds a byte-exact quote", () => {
    expect(quoteFoundInText("releasing Makhabat Tajibek Kyzy\u00a0 and lifting", SOURCE)).toBe(true);
  });

  it("ignores non-breaking spaces, runs of spaces and line breaks", () => {
    expect(quoteFoundInText("Tajibek Kyzy and lifting", SOURCE)).toBe(true);
    expect(quoteFoundInText("sentences. It’s done.", SOURCE)).toBe(true);
    expect(quoteFoundInText("  quash   the\tcharges ", SOURCE)).toBe(true);
  });

  it("treats curly and straight quotation marks alike", () => {
    expect(quoteFoundInText('the "probational" sentences', SOURCE)).toBe(true);
    expect(quoteFoundInText("It's done", SOURCE)).toBe(true);
    expect(quoteFoundInText("«probational»", SOURCE)).toBe(true);
  });

  it("ignores zero-width characters a copy may carry", () => {
    expect(quoteFoundInText("quash\u200b the charges", SOURCE)).toBe(true);
  });

  it("does not match a changed word, a dropped word or an empty quote", () => {
    expect(quoteFoundInText("quash the convictions", SOURCE)).toBe(false);
    expect(quoteFoundInText("quash charges", SOURCE)).toBe(false);
    expect(quoteFoundInText(" \u00a0 ", SOURCE)).toBe(false);
  });

  it("keeps letters and case as they are", () => {
    expect(normaliseForQuoteMatch("Ní Aoláin\u00a0said")).toBe("Ní Aoláin said");
    expect(quoteFoundInText("AUTHORITIES should", SOURCE)).toBe(false);
  });
});
