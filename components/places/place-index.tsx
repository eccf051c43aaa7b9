// One page of the places of detention, under a heading per country.
import { useLocale, useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { countryName } from "@/lib/format/country-name";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { ListedPlace } from "@/lib/server/public/list-places";

function byCountry(places: ListedPlace[]) {
  const groups = new Map<string, ListedPlace[]>();
  for (const place of places) groups.set(place.country.code, [...(groups.get(place.country.code) ?? []), place]);
  return [...groups.values()];
}

export function PlaceIndex({ places }: { places: ListedPlace[] }) {
  const t = useTranslations("Places");
  const kinds = useTranslations("PlaceKind");
  const locale = useLocale();
  if (places.length === 0) return <p className="mt-4">{t("noPlaces")}</p>;
  return (
    <>
      {byCountry(places).map((group) => {
        const country = group[0]!.country;
        const headingId = `places-${country.code}`;
        return (
          <section key={country.code} aria-labelledby={headingId} className="mt-6">
            <h2 id={headingId} className="text-xl font-semibold">
              {countryName(country.code, locale, country.name)}
            </h2>
            <ul className="mt-2 divide-y divide-slate-200">
              {group.map((place) => (
                <li key={place.id} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
                  <Link href={`/places/${place.slug}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
                    {place.name}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {kinds(place.kind)}
                    {place.region && (
                      <>
                        {" · "}
                        <span lang={CONTENT_LANGUAGE}>{place.region}</span>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
