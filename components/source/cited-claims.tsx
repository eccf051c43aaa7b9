// The claims a source supports, each with its passage and a link to the record it supports.
import { useLocale, useTranslations } from "next-intl";
import { PersonName } from "@/components/ui/person-name";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { countryName } from "@/lib/format/country-name";
import { displayName } from "@/lib/format/display-name";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { SourceCitation } from "@/lib/server/public/get-source-page";

function ClaimTarget({ citation: c }: { citation: SourceCitation }) {
  const t = useTranslations("Sources");
  const places = useTranslations("Places");
  const locale = useLocale();
  const person = c.person;
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
  if (c.place) {
    return (
      <>
        {places("sourceClaimLabel")}:{" "}
        <Link href={`/places/${c.place.slug}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
          {c.place.name}
        </Link>
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

/** The record a citation supports, as a key: claims on the same person, law, demand or charge share it. */
function recordKey(c: SourceCitation): string {
  const person = c.person;
  if (person) return `person:${person.slug}`;
  if (c.law) return `law:${c.law.country.code}:${c.law.name}`;
  if (c.place) return `place:${c.place.slug}`;
  if (c.demand) return `demand:${c.demand.targetAuthority}:${c.demand.description}`;
  if (c.charge) return `charge:${c.charge.description}`;
  return `passage:${c.locator ?? ""}`;
}

/** The name a record is listed by, as the reader's language shows it. */
function recordLabel(c: SourceCitation, locale: string): string {
  const person = c.person;
  if (person) return displayName(person.fullName, person.aliases, locale).name;
  return c.law?.name ?? c.place?.name ?? c.demand?.targetAuthority ?? c.charge?.description ?? c.locator ?? "";
}

type RecordGroup = { key: string; label: string; first: SourceCitation; passages: SourceCitation[] };

/**
 * The claims by record (people first, each group in the reader's alphabetical order), each distinct passage
 * once: a source that supports a person's status, roles and demands with one sentence shows that sentence once.
 */
export function groupByRecord(citations: SourceCitation[], locale: string): RecordGroup[] {
  const groups = new Map<string, RecordGroup>();
  for (const c of citations) {
    const key = recordKey(c);
    let group = groups.get(key);
    if (!group) {
      group = { key, label: recordLabel(c, locale), first: c, passages: [] };
      groups.set(key, group);
    }
    const same = (p: SourceCitation) =>
      p.quote === c.quote && p.quotedSource?.id === c.quotedSource?.id && p.locator === c.locator;
    if (!group.passages.some(same)) group.passages.push(c);
  }
  const collator = new Intl.Collator(locale);
  const kind = (key: string) => (key.startsWith("person:") ? 0 : 1);
  return [...groups.values()].sort((a, b) => kind(a.key) - kind(b.key) || collator.compare(a.label, b.label));
}

export function CitedClaims({ heading, citations }: { heading: string; citations: SourceCitation[] }) {
  const t = useTranslations("Sources");
  const locale = useLocale();
  return (
    <section className="mt-8">
      <h2 className="text-xl font-semibold">{heading}</h2>
      <ul className="mt-2 space-y-3">
        {groupByRecord(citations, locale).map((group) => (
          <li key={group.key} className="rounded border border-slate-200 p-3">
            <p className="text-sm font-medium">
              <ClaimTarget citation={group.first} />
            </p>
            <ul className="mt-1 space-y-2">
              {group.passages.map((c) => (
                <li key={c.id}>
                  <blockquote className="border-l-2 border-slate-300 pl-2 italic" lang={CONTENT_LANGUAGE}>
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
          </li>
        ))}
      </ul>
    </section>
  );
}
