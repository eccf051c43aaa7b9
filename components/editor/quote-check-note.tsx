// Flags a quote that the text Habeas holds for its source does not contain (after normalising spaces and quotes).
// For a publication request it speaks of the preview's footnotes, each of which is flagged where it fails.
import { useTranslations } from "next-intl";

type Props = { quoteFound: boolean | null | undefined; variant?: "editor" | "review" | "preview" };

const MESSAGE = { editor: "quoteNotFound", review: "quoteNotFoundReview", preview: "quoteNotFoundPreview" } as const;

export function QuoteCheckNote({ quoteFound, variant = "editor" }: Props) {
  const t = useTranslations("Editor");
  if (quoteFound !== false) return null;
  return (
    <p
      role="status"
      data-quote-check="not-found"
      className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
    >
      {t(MESSAGE[variant])}
    </p>
  );
}
