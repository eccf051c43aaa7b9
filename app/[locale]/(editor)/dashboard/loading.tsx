// Shown while an editor page loads.
import { useTranslations } from "next-intl";

export default function DashboardLoading() {
  const t = useTranslations("Editor");
  return <p role="status">{t("loading")}</p>;
}
