// The audit log's sentences for the rows this file's features write: an import reviewed as a whole, and a WGAD
// draft with the confidential fields it carried named in the form's words, in both languages.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeAudit } from "@/lib/audit/describe-audit";
import type { TextTranslator } from "@/lib/review/value-text";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

const describeIn = (locale: "en" | "ru") =>
  describeAudit(createTranslator({ locale, messages: locale === "en" ? en : ru }) as unknown as TextTranslator, locale);

describe("audit sentences", () => {
  it("names the confidential fields a WGAD draft included, and says nothing of plumbing", () => {
    const row = {
      action: "WGAD_DRAFT_GENERATED",
      entityType: "case",
      diff: null,
      meta: { locale: "ru", includedConfidentialFields: ["familyDetails", "contactDetails"] },
    };
    expect(describeIn("en")(row)).toEqual(["Confidential fields included: Family, Contacts"]);
    expect(describeIn("ru")(row)[0]).toMatch(/^Включены конфиденциальные поля: /);
    expect(describeIn("en")({ ...row, meta: { locale: "en", includedConfidentialFields: [] } })).toEqual([]);
  });

  it("counts what an import review did", () => {
    const row = {
      action: "IMPORT_REVIEWED",
      entityType: "importBatch",
      diff: null,
      meta: { importReview: { approved: 198, rejected: 0, sentBack: 2, notApplied: 0, remaining: 0 } },
    };
    expect(describeIn("en")(row)).toEqual([
      "Approved 198, rejected 0, sent back 2, left as they were 0, still waiting 0",
    ]);
  });
});
