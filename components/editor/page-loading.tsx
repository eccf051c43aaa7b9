// Shown while an editor page loads. Each non-admin section of the dashboard has its own loading.tsx that uses it,
// rather than one for the whole dashboard: a loading boundary starts the response (with 200) before the page runs,
// so an admin page under it could never answer an editor with its 403 (see dashboard/forbidden.tsx).
import { useTranslations } from "next-intl";

export default function PageLoading() {
  const t = useTranslations("Editor");
  return <p role="status">{t("loading")}</p>;
}
