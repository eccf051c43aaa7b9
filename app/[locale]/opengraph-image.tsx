// The share image of every page without its own (the home page, lists, sources, About): the site's name and
// what it is, in this language. No data is read.
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { shareCard } from "@/lib/share-image/share-card";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamic = "force-dynamic";

export default async function SiteShareImage({ params }: { params: Promise<{ locale: string }> }) {
  const t = translatorFor(await resolveLocale(params));
  return shareCard({ site: t("Site.name"), tagline: "", title: t("Site.tagline"), lines: [t("Share.siteLine")] });
}
