// /dashboard/cases/[id]/status: record a new status with its date and source.
import { getTranslations } from "next-intl/server";
import { StatusChangeForm } from "@/components/editor/status-change-form";
import { Link } from "@/i18n/navigation";
import { loadStaffCase } from "@/lib/pages/load-staff-case";
import { listSourceChoices } from "@/lib/server/cases/list-source-choices";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("titleStatus");

export default async function ChangeStatusPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("Editor");
  const [found, sources] = await Promise.all([loadStaffCase(id), listSourceChoices()]);
  return (
    <>
      <p>
        <Link href={`/dashboard/cases/${found.id}`} className="text-blue-800 underline">
          ← {found.person.fullName}
        </Link>
      </p>
      <h1 className="mb-4 mt-2 text-3xl font-bold">{t("changeStatus")}</h1>
      <StatusChangeForm caseId={found.id} version={found.version} current={found.status} sources={sources} />
    </>
  );
}
