// The staff case page's "Letter-writing" section, around the "letters not advised" switch.
import { useTranslations } from "next-intl";
import { LettersAdviceForm } from "./letters-advice-form";

export function LettersAdviceSection({ caseId, lettersNotAdvised }: { caseId: string; lettersNotAdvised: boolean }) {
  const t = useTranslations("Letters");
  return (
    <section className="mt-8" aria-labelledby="letters-advice-heading">
      <h2 id="letters-advice-heading" className="mb-2 text-xl font-semibold">
        {t("advice")}
      </h2>
      <LettersAdviceForm caseId={caseId} lettersNotAdvised={lettersNotAdvised} />
    </section>
  );
}
