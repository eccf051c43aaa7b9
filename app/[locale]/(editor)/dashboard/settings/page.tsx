// /dashboard/settings: team settings, for admins.
import { getTranslations } from "next-intl/server";
import { FourEyesForm } from "@/components/editor/four-eyes-form";
import { OrganisationForm } from "@/components/editor/organisation-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { organisationLogoUrl } from "@/lib/organisation/logo-url";
import { getOrganisation } from "@/lib/server/public/get-organisation";
import { getSettings } from "@/lib/server/settings/get-settings";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navSettings", { adminOnly: true });

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  await requirePageUser(await resolveLocale(params), true);
  const t = await getTranslations("Editor");
  const settings = await getSettings();
  // Read past the public cache, so the admin sees the save they just made.
  const organisation = await getOrganisation();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navSettings")}</h1>
      <FourEyesForm enabled={settings.fourEyes} />
      <hr className="my-8 border-slate-200" />
      <OrganisationForm
        name={organisation.name}
        contact={organisation.contact}
        introduction={organisation.introduction}
        logoUrl={organisationLogoUrl(organisation.logo)}
      />
    </>
  );
}
