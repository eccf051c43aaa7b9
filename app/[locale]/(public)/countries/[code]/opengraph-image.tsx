// The share image of a country page: the country's name in this language and its published cases by status,
// from the same published-only read as the page. An unknown country is a 404.
import { countryName } from "@/lib/format/country-name";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { getCountryPage } from "@/lib/server/public/cached";
import { shareCard } from "@/lib/share-image/share-card";
import { drawableOrNull } from "@/lib/share-image/drawable-text";
import { notFoundImage } from "@/lib/share-image/not-found-image";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

/** The few largest groups fit on the card; the page lists them all. */
const STATUS_LINES = 3;

export default async function CountryShareImage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { code } = await params;
  const page = /^[A-Za-z]{2}$/.test(code) ? await getCountryPage(code.toUpperCase()) : null;
  if (!page) return notFoundImage();
  const t = translatorFor(locale);
  const byStatus = [...page.byStatus].sort((a, b) => b.count - a.count).slice(0, STATUS_LINES);
  return shareCard({
    site: t("Site.name"),
    tagline: t("Site.tagline"),
    title: drawableOrNull(countryName(page.country.code, locale, page.country.name)),
    lines: [
      t("Share.countryCases", { count: page.totalCases }),
      ...byStatus.map((s) => t("Share.statusCount", { status: t(`CaseStatus.${s.status}`), count: s.count })),
    ],
  });
}
