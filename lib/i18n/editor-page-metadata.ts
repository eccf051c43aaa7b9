// Every editor page names itself in the browser's tab and history ("Reviews — editors"), and none is indexed.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "./resolve-locale";

/** The keys of the Editor messages that name a page. */
export type EditorPageName =
  | "navAccount"
  | "navAudit"
  | "navExchange"
  | "navImport"
  | "navRecords"
  | "navReviews"
  | "navSettings"
  | "navUsers"
  | "titleNewCase"
  | "titleEditCase"
  | "titleStatus"
  | "titleHistory"
  | "titleImportReview"
  | "titleNewRecord"
  | "titleEditRecord";

/** A page's generateMetadata: `export const generateMetadata = editorPageMetadata("navReviews");`. */
export function editorPageMetadata(name: EditorPageName) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Editor" });
    return { title: t("pageTitle", { page: t(name) }), robots: { index: false } };
  };
}
