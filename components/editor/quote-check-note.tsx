// Flags a quote that the text Habeas holds for its source does not contain (after normalising spaces and quotes).
import { useTranslations } from "next-intl";

type Props = { quoteFound: boolean | null | undefined; variant?: "editor" | "review" };

export function QuoteCheckNote({ quoteFound, variant = "editor" }: Props) {
  const t = useTranslations("Editor");
  if (quoteFound !== false) return null;
  return (
    <p
      role="status"
      data-quote-check="not-found"
      className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
    >
      {variant === "review" ? t("quoteNotFoundReview") : t("quoteNotFound")}
    </p>
  );
}
