// /places: every place of detention Habeas records, by country, a page at a time.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlaceIndex } from "@/components/places/place-index";
import { ContentLanguageNotice } from "@/components/ui/content-language-notice";
import { Pagination } from "@/components/ui/pagination";
import type { TSearchParams } from "@/lib/http/query-object";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listPlaces } from "@/lib/server/public/cached";
import { PLACES_PER_PAGE } from "@/lib/server/public/list-places";
import { pageParam } from "@/lib/validations/place-page";

type Props = { params: Promise<{ locale: string }>; searchParams?: Promise<TSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Places" });
  return publicPageMetadata(locale, "/places", { title: t("title"), description: t("description") });
}

export default async function PlacesPage({ searchParams }: Props) {
  const t = await getTranslations("Places");
  const list = await listPlaces(pageParam((await searchParams) ?? {}));
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("description")}</p>
      <ContentLanguageNotice />
      <PlaceIndex places={list.places} />
      {list.total > PLACES_PER_PAGE && (
        <Pagination
          page={list.page}
          pageSize={PLACES_PER_PAGE}
          total={list.total}
          hrefFor={(n) => `/places${n > 1 ? `?page=${n}` : ""}`}
        />
      )}
    </>
  );
}
