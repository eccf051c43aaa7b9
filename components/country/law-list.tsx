// Laws criticised in a country, with what is demanded of each and the passage that says so.
import { useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { CountryPage } from "@/lib/server/public/get-country-page";

export function LawList({ laws }: { laws: CountryPage["laws"] }) {
  const t = useTranslations("Countries");
  const person = useTranslations("Person");
  const lawStatuses = useTranslations("LawStatus");
  const kinds = useTranslations("DemandKind");
  const demandStatuses = useTranslations("DemandStatus");
  return (
    <section aria-labelledby="laws" className="mt-8">
      <h2 id="laws" className="text-xl font-semibold">
        {t("laws")}
      </h2>
      {laws.length === 0 ? (
        <p className="italic text-slate-500">{t("noLaws")}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {laws.map((law) => (
            <li key={law.id} className="rounded border border-slate-200 p-3">
              <p className="font-medium">
                <span lang={CONTENT_LANGUAGE}>{law.name}</span>{" "}
                <span className="text-sm font-normal text-slate-600">({lawStatuses(law.status)})</span>
              </p>
              {law.description && <p lang={CONTENT_LANGUAGE}>{law.description}</p>}
              {law.demands.map((d) => (
                <p key={d.id} className="text-sm">
                  {kinds(d.kind)}: <span lang={CONTENT_LANGUAGE}>{d.description}</span>{" "}
                  {person.rich("addressedTo", {
                    target: () => <span lang={CONTENT_LANGUAGE}>{d.targetAuthority}</span>,
                    status: demandStatuses(d.status),
                  })}
                </p>
              ))}
              {law.citations.map((c) => (
                <blockquote
                  key={c.id}
                  className="mt-2 border-l-2 border-slate-300 pl-2 text-sm italic"
                  lang={CONTENT_LANGUAGE}
                >
                  “{c.quote}” —{" "}
                  <Link href={`/sources/${c.source.id}`} className="not-italic text-blue-800 underline">
                    {c.source.title}
                  </Link>
                </blockquote>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
