// The sources behind a page's facts.
import { useTranslations } from "next-intl";
import { PartialDate } from "@/components/ui/partial-date";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { CountryPage } from "@/lib/server/public/get-country-page";

export function SourceList({ sources }: { sources: CountryPage["sources"] }) {
  const t = useTranslations("Countries");
  const kinds = useTranslations("SourceKind");
  return (
    <section aria-labelledby="country-sources" className="mt-8">
      <h2 id="country-sources" className="text-xl font-semibold">
        {t("sources")}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sources.map((s) => (
          <li key={s.id}>
            <Link href={`/sources/${s.id}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
              {s.title}
            </Link>
            {s.publisher && (
              <>
                , <span lang={CONTENT_LANGUAGE}>{s.publisher}</span>
              </>
            )}
            , <PartialDate date={s.publishedDate} precision={s.publishedPrecision} /> · {kinds(s.kind)}
          </li>
        ))}
      </ol>
    </section>
  );
}
