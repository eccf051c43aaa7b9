// A case or page in the editors' area that does not exist.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function DashboardNotFound() {
  const t = useTranslations("Errors");
  const editor = useTranslations("Editor");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <Link href="/dashboard" className="mt-3 inline-block text-blue-800 underline">
        {editor("navCases")}
      </Link>
    </>
  );
}
