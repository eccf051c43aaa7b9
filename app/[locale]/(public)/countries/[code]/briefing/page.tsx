// /countries/[code]/briefing: the printable country briefing, with its options and downloads.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BriefingView } from "@/components/exports/briefing-view";
import { ExportMenu } from "@/components/exports/export-menu";
import { PrintButton } from "@/components/exports/print-button";
import { CaseStatus } from "@/lib/generated/prisma/enums";
import { briefingText } from "@/lib/export-formats/briefing-text";
import { countryExportLinks } from "@/lib/export-formats/export-links";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { ZBriefingOptionsSchema } from "@/lib/validations/briefing";
import type { TSearchParams } from "@/lib/http/query-object";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<TSearchParams> };

async function load({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { code } = await params;
  const query = await searchParams;
  const parsed = ZBriefingOptionsSchema.safeParse({
    code,
    locale,
    asOf: typeof query.asOf === "string" && query.asOf ? query.asOf : undefined,
    status: query.status,
    limit: typeof query.limit === "string" && query.limit ? query.limit : undefined,
  });
  if (!parsed.success) return { locale, briefing: null, invalid: true, query };
  return { locale, briefing: await getCountryBriefing(parsed.data), invalid: false, query };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, briefing } = await load(props);
  if (!briefing) return { title: (await getTranslations({ locale, namespace: "Countries" }))("notFoundTitle") };
  const title = briefingText(briefing, translatorFor(locale)).title;
  // Shared links preview like the rest of the site; search engines keep to the country page itself.
  return {
    ...(await publicPageMetadata(locale, `/countries/${briefing.country.code}/briefing`, { title })),
    robots: { index: false },
  };
}

export default async function BriefingPage(props: Props) {
  const { locale, briefing, invalid, query } = await load(props);
  if (invalid || !briefing) notFound();
  const t = await getTranslations("Briefing");
  const statuses = await getTranslations("CaseStatus");
  const chosen = new Set(briefing.statusFilter);
  const options = new URLSearchParams();
  if (typeof query.asOf === "string" && query.asOf) options.set("asOf", query.asOf);
  for (const s of briefing.statusFilter) options.append("status", s);
  if (typeof query.limit === "string" && query.limit) options.set("limit", query.limit);
  return (
    <>
      <form
        method="get"
        className="mb-6 grid gap-3 rounded border border-slate-200 p-4 print:hidden"
        aria-label={t("options")}
      >
        <label className="text-sm font-medium">
          {t("asOfLabel")}
          <input
            type="date"
            name="asOf"
            defaultValue={typeof query.asOf === "string" ? query.asOf : ""}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          />
        </label>
        <fieldset>
          <legend className="text-sm font-medium">{t("statusesLabel")}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-3">
            {Object.values(CaseStatus).map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="status" value={s} defaultChecked={chosen.has(s)} /> {statuses(s)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="rounded border border-slate-400 px-3 py-1.5">
            {t("make")}
          </button>
          <PrintButton label={t("print")} />
        </div>
        <ExportMenu
          links={countryExportLinks(briefing.country.code, locale, translatorFor(locale), options.toString())}
        />
      </form>
      <BriefingView x={briefingText(briefing, translatorFor(locale))} />
    </>
  );
}
