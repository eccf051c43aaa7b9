// The staff case page's download of a WGAD submission draft: the language, and which confidential fields to include
// (none unless ticked). A plain GET form: the route answers with the DOCX as an attachment, so the page stays. A
// deleted case gets no form, only why: the route refuses to draft it.
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES } from "@/i18n/routing";
import { WGAD_INCLUDE, WGAD_INCLUDE_KEYS } from "@/lib/validations/wgad";

export function WgadDraftForm({ caseId, deleted }: { caseId: string; deleted: boolean }) {
  const t = useTranslations("Wgad");
  const editor = useTranslations("Editor");
  const locale = useLocale();
  return (
    <section className="mt-6" aria-labelledby="wgad-heading">
      <h2 id="wgad-heading" className="mb-2 text-xl font-semibold">
        {t("draftHeading")}
      </h2>
      {deleted ? (
        <p className="max-w-xl text-sm text-slate-700">{t("deletedNote")}</p>
      ) : (
        <form method="get" action={`/api/wgad/${encodeURIComponent(caseId)}`} className="grid max-w-xl gap-3">
          <p className="text-sm text-slate-700">{t("draftHint")}</p>
          <fieldset className="space-y-1">
            <legend className="font-semibold">{t("includeLegend")}</legend>
            {WGAD_INCLUDE_KEYS.map((key) => (
              <label key={key} className="flex gap-2">
                <input type="checkbox" name="include" value={key} />
                {editor(WGAD_INCLUDE[key])}
              </label>
            ))}
          </fieldset>
          <label className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{t("language")}</span>
            <select name="locale" defaultValue={locale} className="rounded border border-slate-400 px-2 py-1.5">
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <div>
            <button type="submit" className="rounded bg-blue-800 px-4 py-2 text-white">
              {t("draftLink")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
