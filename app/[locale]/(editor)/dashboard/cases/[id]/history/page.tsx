// /dashboard/cases/[id]/history: every audited change to one case.
import { getTranslations } from "next-intl/server";
import { AuditList } from "@/components/editor/audit-list";
import { Link } from "@/i18n/navigation";
import { getCaseHistory } from "@/lib/server/audit/get-case-history";
import { loadStaffCase } from "@/lib/pages/load-staff-case";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("titleHistory");

export default async function CaseHistoryPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("Editor");
  const found = await loadStaffCase(id);
  const history = await getCaseHistory(found.id);
  return (
    <>
      <p>
        <Link href={`/dashboard/cases/${found.id}`} className="text-blue-800 underline">
          ← {found.person.fullName}
        </Link>
      </p>
      <h1 className="mb-4 mt-2 text-3xl font-bold">{t("history")}</h1>
      <AuditList rows={history} />
    </>
  );
}
