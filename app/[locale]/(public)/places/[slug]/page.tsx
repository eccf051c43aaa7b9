// /places/[slug]: one place of detention, its addresses and letter rules, and the published cases held there.
import type { Metadata } from "next";
import { preferredScript } from "@/lib/format/display-name";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FootnoteList } from "@/components/citations/footnote-list";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { PlaceCases } from "@/components/places/place-cases";
import { PlaceDetails } from "@/components/places/place-details";
import { ContentLanguageNotice } from "@/components/ui/content-language-notice";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { numberFootnotes } from "@/lib/citations/footnotes";
import { citationsFor, placeCitationsInDisplayOrder } from "@/lib/places/place-citations";
import { countryName } from "@/lib/format/country-name";
import type { TSearchParams } from "@/lib/http/query-object";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { getPlacePage } from "@/lib/server/public/cached";
import { pageParam } from "@/lib/validations/place-page";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams?: Promise<TSearchParams> };

async function load(params: Props["params"], searchParams?: Props["searchParams"]) {
  const { slug } = await params;
  const locale = await resolveLocale(params);
  const page = pageParam((await searchParams) ?? {});
  return { locale, page: slug.length <= 100 ? await getPlacePage(slug, page, preferredScript(locale)) : null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params);
  const t = await getTranslations({ locale, namespace: "Places" });
  if (!page) return { title: t("notFoundTitle") };
  const kinds = await getTranslations({ locale, namespace: "PlaceKind" });
  return publicPageMetadata(locale, `/places/${page.place.slug}`, {
    title: page.place.name,
    description: t("metaDescription", {
      kind: kinds(page.place.kind),
      country: countryName(page.place.country.code, locale, page.place.country.name),
      count: page.currentTotal,
    }),
  });
}

export default async function PlacePage({ params, searchParams }: Props) {
  const { page } = await load(params, searchParams);
  if (!page) notFound();
  const t = await getTranslations("Places");
  const footnotes = numberFootnotes(placeCitationsInDisplayOrder(page.place));
  return (
    <article>
      <p className="text-sm">
        <Link href="/places" className="text-blue-800 underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold" lang={CONTENT_LANGUAGE}>
        {page.place.name}
        <FootnoteRefs numbers={footnotes.numbersFor(citationsFor(page.place, "name"))} />
      </h1>
      <ContentLanguageNotice />
      <PlaceDetails place={page.place} footnotes={footnotes} />
      <PlaceCases page={page} />
      <FootnoteList footnotes={footnotes.list} />
    </article>
  );
}
