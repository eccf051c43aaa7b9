// /dashboard/settings: team settings, for admins.
import { getTranslations } from "next-intl/server";
import { FourEyesForm } from "@/components/editor/four-eyes-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { getSettings } from "@/lib/server/settings/get-settings";

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  await requirePageUser(await resolveLocale(params), true);
  const t = await getTranslations("Editor");
  const settings = await getSettings();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navSettings")}</h1>
      <FourEyesForm enabled={settings.fourEyes} />
    </>
  );
}
