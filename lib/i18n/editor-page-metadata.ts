// Every editor page names itself in the browser's tab and history ("Reviews — editors"), and none is indexed.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
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

/** A page's generateMetadata: `export const generateMetadata = editorPageMetadata("navReviews");`. An admin page
 *  (adminOnly) is titled "Admins only" for anyone else, as its 403 page says. */
export function editorPageMetadata(name: EditorPageName, { adminOnly = false } = {}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await resolveLocale(params);
    const t = await getTranslations({ locale, namespace: "Editor" });
    const refused = adminOnly && (await currentUser())?.role !== "ADMIN";
    const page = refused ? (await getTranslations({ locale, namespace: "AdminsOnly" }))("title") : t(name);
    return { title: t("pageTitle", { page }), robots: { index: false } };
  };
}
