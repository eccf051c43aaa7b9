// What an editor sees on an admin page (users, settings, the audit log): that it is for admins, with a 403,
// rather than a silent redirect that leaves them wondering whether the link is broken.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function DashboardForbidden() {
  const t = useTranslations("AdminsOnly");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-slate-700">{t("body")}</p>
      <Link href="/dashboard" className="mt-3 inline-block text-blue-800 underline">
        {t("back")}
      </Link>
    </>
  );
}
