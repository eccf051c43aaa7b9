// One value of a proposed change, and a field's label, as people write them (lib/review/value-text.ts), for client
// and server components alike.
import { useLocale, useTranslations } from "next-intl";
import { fieldLabel, reviewValueText, type TextTranslator } from "@/lib/review/value-text";

export function useReviewValueText() {
  return reviewValueText(useTranslations() as unknown as TextTranslator, useLocale());
}

export function useFieldLabel() {
  return fieldLabel(useTranslations() as unknown as TextTranslator);
}
