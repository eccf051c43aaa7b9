// The top of a person's page: name, other spellings, roles and biography.
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { PersonName } from "@/components/ui/person-name";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { PersonPage } from "@/lib/server/public/get-person-page";
import { webHref } from "@/lib/validations/web-url";
import { WGAD_OPINIONS_PAGE } from "@/lib/wgad/opinion-link";

type Props = { person: PersonPage; footnotes: Footnotes };

export function PersonHeader({ person, footnotes }: Props) {
  const t = useTranslations("Person");
  const roles = useTranslations("PersonRole");
  const schemes = useTranslations("ExternalIdScheme");
  const wgad = useTranslations("Wgad");
  const byClaim = (claim: string) => footnotes.numbersFor(person.citations.filter((c) => c.claim === claim));
  return (
    <header>
      <h1 className={`text-3xl font-bold ${person.isUnnamed ? "italic" : ""}`}>
        <PersonName fullName={person.fullName} aliases={person.aliases} />
      </h1>
      {person.isUnnamed && <p className="mt-1 text-slate-700">{t("unnamed")}</p>}
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("otherSpellings")}</dt>
        <dd>
          {person.aliases.length === 0 ? (
            <span className="italic text-slate-500">{t("noneRecorded")}</span>
          ) : (
            <ul className="flex flex-wrap gap-x-4">
              {person.aliases.map((a) => (
                <li key={a.id}>
                  {a.name}
                  {a.origin === "EDITORIAL" && (
                    <span className="text-sm text-slate-600"> ({t("editorialTransliteration")})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {person.identifiers.length > 0 && (
          <>
            <dt className="font-semibold">{t("identifiers")}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4">
                {person.identifiers.map((i) => {
                  const href = webHref(i.url);
                  return (
                    <li key={i.id}>
                      {schemes(i.scheme)}:{" "}
                      {href ? (
                        <a href={href} className="text-blue-800 underline" rel="noopener noreferrer">
                          {i.value}
                        </a>
                      ) : (
                        i.value
                      )}
                      {!href && i.scheme === "WGAD_OPINION" && (
                        <>
                          {" ("}
                          <a href={WGAD_OPINIONS_PAGE} className="text-blue-800 underline" rel="noopener noreferrer">
                            {wgad("findOpinion")}
                          </a>
                          {")"}
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("roles")}</dt>
        <dd>
          {person.roles.map((r) => roles(r)).join(", ")}
          <FootnoteRefs numbers={byClaim("roles")} />
        </dd>
      </dl>
      {person.biography && (
        <p className="mt-4 max-w-3xl" lang={CONTENT_LANGUAGE}>
          {person.biography}
          <FootnoteRefs numbers={byClaim("biography")} />
        </p>
      )}
    </header>
  );
}
