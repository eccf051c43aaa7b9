// /search?q=: everyone whose name or alias matches, ranked exact, then prefix, then fuzzy; then the people
// whose biography holds the words.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BiographyResults } from "@/components/search/biography-results";
import { StatusBadge } from "@/components/ui/status-badge";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { countryName } from "@/lib/format/country-name";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { MAX_SEARCH_LENGTH } from "@/lib/server/public/search-people";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { searchBiographies, searchPeople } from "@/lib/server/public/cached";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return publicPageMetadata(locale, "/search", { title: t("title"), description: t("description") });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Search");
  const q = firstValues(await searchParams).q?.slice(0, MAX_SEARCH_LENGTH) ?? "";
  const [results, biographies] = q ? await Promise.all([searchPeople(q, 50), searchBiographies(q)]) : [[], []];
  const kinds = [t("exact"), t("prefix"), t("similar")];
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <form method="get" role="search" aria-label={t("pageLandmark")} className="mt-4 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t("label")}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_SEARCH_LENGTH}
          className="w-full max-w-md rounded border border-slate-400 px-2 py-1.5"
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white">
          {t("submit")}
        </button>
      </form>
      {q && (
        <p className="mt-4" aria-live="polite">
          {t("count", { count: results.length, query: q })}
        </p>
      )}
      <ol className="mt-2 divide-y divide-slate-200">
        {results.map((r) => (
          <li key={r.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <Link href={`/cases/${r.slug}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
              {r.fullName}
            </Link>
            <span className="text-slate-600">{countryName(r.countryCode, locale, r.countryName)}</span>
            <StatusBadge status={r.status} />
            <span className="text-xs text-slate-500">{kinds[r.rank]}</span>
          </li>
        ))}
      </ol>
      {q && <BiographyResults matches={biographies} />}
    </>
  );
}
