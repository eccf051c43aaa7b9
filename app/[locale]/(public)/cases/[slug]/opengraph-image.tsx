// The share image of a case page: the person's name as this language shows it, the country and the current
// status, from the same published-only read as the page. A draft, deleted or unknown case is a 404.
import { countryName } from "@/lib/format/country-name";
import { displayName } from "@/lib/format/display-name";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { getPersonPage } from "@/lib/server/public/cached";
import { shareCard } from "@/lib/share-image/share-card";
import { drawableOrNull } from "@/lib/share-image/drawable-text";
import { notFoundImage } from "@/lib/share-image/not-found-image";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function CaseShareImage({ params }: Props) {
  const locale = await resolveLocale(params);
  const person = await getPersonPage((await params).slug);
  if (!person) return notFoundImage();
  const t = translatorFor(locale);
  const first = person.cases[0]!;
  const shown = displayName(person.fullName, person.aliases, locale).name;
  return shareCard({
    site: t("Site.name"),
    tagline: t("Site.tagline"),
    // The source's spelling when this language's one has a letter the font lacks; no name rather than a wrong one.
    title: drawableOrNull(shown) ?? drawableOrNull(person.fullName),
    lines: [
      countryName(first.country.code, locale, first.country.name),
      t("Share.status", { status: t(`CaseStatus.${first.status}`) }),
    ].filter((line) => drawableOrNull(line) !== null),
  });
}
