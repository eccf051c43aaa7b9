// /dashboard/cases/[id]: edit a case, publish it, see its pending changes, delete or restore it.
import { getTranslations } from "next-intl/server";
import { DeleteRestoreForm } from "@/components/editor/delete-restore-form";
import { CaseEditForm } from "@/components/editor/case-edit-form";
import { CaseRelatedRecords } from "@/components/editor/case-related-records";
import { PendingChangeList } from "@/components/editor/pending-change-list";
import { PublishForm } from "@/components/editor/publish-form";
import { TakedownForm } from "@/components/editor/takedown-form";
import { WgadDraftForm } from "@/components/editor/wgad-draft-form";
import { LettersAdviceSection } from "@/components/letters/letters-advice-section";
import { StatusBadge } from "@/components/ui/status-badge";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { caseFormValues } from "@/lib/cases/case-form-values";
import { isPublished } from "@/lib/cases/published";
import { countryName } from "@/lib/format/country-name";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { loadStaffCase } from "@/lib/pages/load-staff-case";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";
import { listSourceChoices } from "@/lib/server/cases/list-source-choices";
import { listCountries } from "@/lib/server/public/list-countries";
import { getSettings } from "@/lib/server/settings/get-settings";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("titleEditCase");

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function EditCasePage({ params }: Props) {
  const { id } = await params;
  const locale = await resolveLocale(params);
  const user = await requirePageUser(locale);
  const t = await getTranslations("Editor");
  const visibility = await getTranslations("Visibility");
  const records = await getTranslations("Records");
  const places = await getTranslations("Places");
  const found = await loadStaffCase(id);
  const [countries, pending, settings, sources] = await Promise.all([
    listCountries(),
    listPendingChanges(found.id),
    getSettings(),
    listSourceChoices(),
  ]);
  const deleted = found.deletedAt !== null;
  const published = isPublished(found);
  return (
    <>
      <h1 className="text-3xl font-bold">{found.person.fullName}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <StatusBadge status={found.status} />
        <span>{deleted ? t("deletedLabel") : visibility(found.visibility)}</span>
        <span className="text-sm text-slate-600">{t("versionLabel", { version: found.version })}</span>
        {published && (
          <Link href={`/cases/${found.person.slug}`} className="text-blue-800 underline">
            {t("viewPublic")}
          </Link>
        )}
        <Link href={`/dashboard/cases/${found.id}/status`} className="text-blue-800 underline">
          {t("changeStatus")}
        </Link>
        <Link href={`/dashboard/cases/${found.id}/history`} className="text-blue-800 underline">
          {t("history")}
        </Link>
      </p>
      {pending.length > 0 && (
        <section className="mt-6" aria-labelledby="pending-heading">
          <h2 id="pending-heading" className="text-xl font-semibold">
            {t("pendingChanges")}
          </h2>
          <PendingChangeList changes={pending} currentUserId={user.id} />
        </section>
      )}
      <section className="mt-6" aria-labelledby="related-heading">
        <h2 id="related-heading" className="mb-2 text-xl font-semibold">
          {records("related")}
        </h2>
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          <li>
            <Link href={`/dashboard/records/person/${found.person.id}`} className="text-blue-800 underline">
              {records("editPerson")}
            </Link>
          </li>
          <li>
            <Link href={`/dashboard/records/alias/new?personId=${found.person.id}`} className="text-blue-800 underline">
              {records("addAlias")}
            </Link>
          </li>
          <li>
            <Link
              href={`/dashboard/records/externalId/new?personId=${found.person.id}`}
              className="text-blue-800 underline"
            >
              {records("addIdentifier")}
            </Link>
          </li>
          <li>
            <Link href={`/dashboard/records/charge/new?caseId=${found.id}`} className="text-blue-800 underline">
              {records("addCharge")}
            </Link>
          </li>
          <li>
            <Link href={`/dashboard/records/demand/new?caseId=${found.id}`} className="text-blue-800 underline">
              {records("addDemand")}
            </Link>
          </li>
          <li>
            <Link href={`/dashboard/records/caseFact/new?caseId=${found.id}`} className="text-blue-800 underline">
              {records("addCaseFact")}
            </Link>
          </li>
          <li>
            <Link href={`/dashboard/records/placeStay/new?caseId=${found.id}`} className="text-blue-800 underline">
              {places("addStay")}
            </Link>
          </li>
          <li>
            <Link href="/dashboard/records/place/new" className="text-blue-800 underline">
              {places("addPlace")}
            </Link>
          </li>
          <li>
            <Link
              href={`/dashboard/records/citation/new?target.type=case&target.id=${found.id}`}
              className="text-blue-800 underline"
            >
              {records("addCitation")}
            </Link>
          </li>
        </ul>
        <CaseRelatedRecords found={found} />
      </section>
      <WgadDraftForm caseId={found.id} deleted={deleted} />
      {found.visibility === "DRAFT" && !deleted && (
        <section className="mt-6" aria-labelledby="publish-heading">
          <h2 id="publish-heading" className="mb-2 text-xl font-semibold">
            {t("publishHeading")}
          </h2>
          <PublishForm caseId={found.id} version={found.version} consent={found.consentStatus} />
        </section>
      )}
      <section className="mt-6" aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-2 text-xl font-semibold">
          {t("editCase")}
        </h2>
        <CaseEditForm
          countries={countries.map((c) => ({ code: c.code, name: countryName(c.code, locale, c.name) }))}
          sources={sources}
          values={caseFormValues(found)}
        />
        {found.consentRecordedAt && (
          <p className="mt-2 text-sm text-slate-600">
            {t("consentRecorded", {
              by: found.consentBy?.name ?? "—",
              at: found.consentRecordedAt.toISOString().slice(0, 16).replace("T", " "),
            })}
          </p>
        )}
      </section>
      {!deleted && <LettersAdviceSection caseId={found.id} lettersNotAdvised={found.lettersNotAdvised} />}
      {(!deleted || user.role === "ADMIN") && (
        <section className="mt-8" aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="mb-2 text-xl font-semibold">
            {deleted ? t("restore") : t("delete")}
          </h2>
          <DeleteRestoreForm
            caseId={found.id}
            deleted={deleted}
            published={published}
            needsReview={published && settings.fourEyes}
          />
        </section>
      )}
      {published && user.role === "ADMIN" && (
        <section className="mt-8" aria-labelledby="takedown-heading">
          <h2 id="takedown-heading" className="mb-2 text-xl font-semibold">
            {t("takedownHeading")}
          </h2>
          <TakedownForm caseId={found.id} />
        </section>
      )}
    </>
  );
}
