// Superscript links from a claim to its numbered sources at the foot of the page.
import { useTranslations } from "next-intl";

export function FootnoteRefs({ numbers }: { numbers: number[] }) {
  const t = useTranslations("Common");
  if (numbers.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ","}
          <a href={`#fn-${n}`} className="text-blue-800 underline" aria-label={t("sourceRef", { number: n })}>
            [{n}]
          </a>
        </span>
      ))}
    </sup>
  );
}
