// The people whose biography holds the searched words, each with an excerpt that marks them.
import { useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { BiographyMatch } from "@/lib/server/public/search-biographies";

export function BiographyResults({ matches }: { matches: BiographyMatch[] }) {
  const t = useTranslations("Search");
  return (
    <section aria-labelledby="biographies-heading" className="mt-8">
      <h2 id="biographies-heading" className="text-xl font-semibold">
        {t("biographies")}
      </h2>
      {matches.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("biographiesNone")}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-200">
          {matches.map((b) => (
            <li key={b.slug} className="py-2">
              <Link href={`/cases/${b.slug}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
                {b.fullName}
              </Link>
              <p className="text-sm text-slate-700" lang={CONTENT_LANGUAGE}>
                {b.excerpt.map((run, i) =>
                  run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
