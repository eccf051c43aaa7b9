// /about: what Habeas is, how its facts are sourced and dated, and who runs this instance and how to reach them.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AboutMethodology } from "@/components/about/about-methodology";
import { AboutOrganisation } from "@/components/about/about-organisation";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { getOrganisation } from "@/lib/server/public/cached";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "About" });
  return publicPageMetadata(locale, "/about", { title: t("title"), description: t("description") });
}

export default async function AboutPage() {
  const t = await getTranslations("About");
  const organisation = await getOrganisation();
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("what")}</p>
      <AboutMethodology />
      <AboutOrganisation organisation={organisation} />
    </article>
  );
}
