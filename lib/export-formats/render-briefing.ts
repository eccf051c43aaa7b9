// Renders a country briefing in one of its download formats.
import { translatorFor } from "@/lib/i18n/translator";
import type { CountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { briefingDocx } from "./briefing-docx";
import { briefingMarkdown } from "./briefing-markdown";
import { briefingPdf } from "./briefing-pdf";
import { briefingText } from "./briefing-text";

export const BRIEFING_FORMATS = {
  pdf: { type: "application/pdf", extension: "pdf" },
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
} as const;

export type BriefingFormat = keyof typeof BRIEFING_FORMATS;

export async function renderBriefing(briefing: CountryBriefing, format: BriefingFormat): Promise<Uint8Array> {
  const text = briefingText(briefing, translatorFor(briefing.locale));
  if (format === "pdf") return new Uint8Array(await briefingPdf(text));
  if (format === "docx") return new Uint8Array(await briefingDocx(text));
  return new TextEncoder().encode(briefingMarkdown(text));
}
