// GET /api/feeds?country=KZ | ?case={slug}, &locale=: an Atom feed of published status changes.
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { queryObject } from "@/lib/http/query-object";
import { env } from "@/lib/env";
import { statusFeed } from "@/lib/export-formats/status-feed";
import { countryName } from "@/lib/format/country-name";
import { translatorFor } from "@/lib/i18n/translator";
import { listCountries, listStatusChanges } from "@/lib/server/public/cached";

const ZFeedQuerySchema = z.object({
  scope: z.literal("site").optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((s) => s.toUpperCase())
    .optional(),
  case: z.string().min(1).max(200).optional(),
  locale: z.enum(routing.locales).default(routing.defaultLocale),
});

export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const query = ZFeedQuerySchema.parse(queryObject(url));
    const t = translatorFor(query.locale);
    const site = env().SITE_URL;
    let title = t("Feeds.siteTitle");
    let link = `${site}/${query.locale}`;
    if (query.country) {
      const country = (await listCountries()).find((c) => c.code === query.country);
      if (!country) return jsonError(404, "NOT_FOUND", "No such country.");
      title = t("Feeds.countryTitle", { country: countryName(country.code, query.locale, country.name) });
      link = `${site}/${query.locale}/countries/${country.code}`;
    }
    const changes = await listStatusChanges({ countryCode: query.country, slug: query.case });
    if (query.case) {
      if (changes.length === 0) return jsonError(404, "NOT_FOUND", "Not found, or not published.");
      title = t("Feeds.caseTitle", { name: changes[0]!.case.person.fullName });
      link = `${site}/${query.locale}/cases/${query.case}`;
    }
    const self = `${site}${url.pathname}${url.search}`;
    const body = statusFeed({ id: self, title, link, selfUrl: self, siteUrl: site, locale: query.locale, changes });
    return new Response(body, {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
