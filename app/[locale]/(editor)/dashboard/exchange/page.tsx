// /dashboard/exchange: download the published cases as an exchange file for another Habeas instance. The file is
// the public /api/v1/exchange; a download by staff is audited there.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listCountries } from "@/lib/server/public/cached";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navExchange");

export default async function ExchangePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requirePageUser(locale);
  const t = await getTranslations("Exchange");
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const countries = (await listCountries()).filter((c) => c.caseCount > 0);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <form method="get" action="/api/v1/exchange" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="block">
          <span className="font-medium">{t("country")}</span>
          <select name="country" className="mt-1 block rounded border border-slate-400 p-1">
            <option value="">{t("allCountries")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {names.of(c.code) ?? c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-blue-800 px-3 py-1 text-white">
          {t("download")}
        </button>
      </form>
      <p className="mb-2 text-sm">
        <a href="/api/v1/exchange.schema.json" className="text-blue-800 underline">
          {t("schema")}
        </a>
      </p>
      <p className="text-sm">
        <Link href="/dashboard/import" className="text-blue-800 underline">
          {t("importHint")}
        </Link>
      </p>
    </>
  );
}
