// The claims a source supports, each with its passage and a link to the record it supports.
import { useLocale, useTranslations } from "next-intl";
import { PersonName } from "@/components/ui/person-name";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { countryName } from "@/lib/format/country-name";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { SourceCitation } from "@/lib/server/public/get-source-page";

function ClaimTarget({ citation: c }: { citation: SourceCitation }) {
  const t = useTranslations("Sources");
  const locale = useLocale();
  const person =
    c.person ?? c.case?.person ?? c.statusEvent?.case.person ?? c.demand?.case?.person ?? c.caseFact?.case.person;
  if (person) {
    return (
      <Link href={`/cases/${person.slug}`} className="text-blue-800 underline">
        <PersonName fullName={person.fullName} aliases={person.aliases} />
      </Link>
    );
  }
  if (c.law) {
    return (
      <>
        {t("lawLabel")}:{" "}
        <Link href={`/countries/${c.law.country.code}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
          {c.law.name}
        </Link>{" "}
        ({countryName(c.law.country.code, locale, c.law.country.name)})
      </>
    );
  }
  if (c.demand) {
    return (
      <>
        {t.rich("demandOf", { target: () => <span lang={CONTENT_LANGUAGE}>{c.demand?.targetAuthority}</span> })}:{" "}
        <span lang={CONTENT_LANGUAGE}>{c.demand.description}</span>
      </>
    );
  }
  if (c.charge)
    return (
      <>
        {t("chargeLabel")}: <span lang={CONTENT_LANGUAGE}>{c.charge.description}</span>
      </>
    );
  return c.locator ? <span lang={CONTENT_LANGUAGE}>{c.locator}</span> : <>{t("quotedPassage")}</>;
}

export function CitedClaims({ heading, citations }: { heading: string; citations: SourceCitation[] }) {
  const t = useTranslations("Sources");
  return (
    <section className="mt-8">
      <h2 className="text-xl font-semibold">{heading}</h2>
      <ul className="mt-2 space-y-3">
        {citations.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 p-3">
            <p className="text-sm font-medium">
              <ClaimTarget citation={c} />
            </p>
            <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic" lang={CONTENT_LANGUAGE}>
              “{c.quote}”
            </blockquote>
            {c.quotedSource && (
              <p className="mt-1 text-sm">
                {t("quotingSource")}{" "}
                <Link
                  href={`/sources/${c.quotedSource.id}`}
                  className="text-blue-800 underline"
                  lang={CONTENT_LANGUAGE}
                >
                  {c.quotedSource.title}
                </Link>
                {c.locator && (
                  <>
                    , <span lang={CONTENT_LANGUAGE}>{c.locator}</span>
                  </>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
