// /cases/[slug]: one person's public page, with every claim linked to its source.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FootnoteList } from "@/components/citations/footnote-list";
import { ExportMenu } from "@/components/exports/export-menu";
import { FeedLink } from "@/components/exports/feed-link";
import { CaseSection } from "@/components/person/case-section";
import { PersonHeader } from "@/components/person/person-header";
import { ContentLanguageNotice } from "@/components/ui/content-language-notice";
import { numberFootnotes } from "@/lib/citations/footnotes";
import { citationsInDisplayOrder } from "@/lib/citations/person-page-citations";
import { countryName } from "@/lib/format/country-name";
import { displayName } from "@/lib/format/display-name";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { getPersonPage } from "@/lib/server/public/cached";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Person" });
  const statuses = await getTranslations({ locale, namespace: "CaseStatus" });
  const person = await getPersonPage(slug);
  if (!person) return { title: t("notFoundTitle") };
  const name = displayName(person.fullName, person.aliases, locale).name;
  const first = person.cases[0]!;
  return publicPageMetadata(locale, `/cases/${person.slug}`, {
    title: name,
    description: t("metaDescription", {
      name,
      status: statuses(first.status),
      country: countryName(first.country.code, locale, first.country.name),
    }),
    feed: {
      query: `case=${encodeURIComponent(person.slug)}`,
      title: (await getTranslations({ locale, namespace: "Feeds" }))("caseTitle", { name }),
    },
    image: "own",
  });
}

export default async function PersonCasePage({ params }: Props) {
  const person = await getPersonPage((await params).slug);
  if (!person) notFound();
  const locale = await resolveLocale(params);
  const t = await getTranslations("Briefing");
  const footnotes = numberFootnotes(citationsInDisplayOrder(person));
  return (
    <article>
      <div className="float-right ml-4 print:hidden">
        <ExportMenu
          links={[
            {
              label: t("caseSheet"),
              href: `/api/cases/${person.slug}/sheet?locale=${locale}`,
              filename: `habeas-${person.slug}-${locale}.pdf`,
            },
          ]}
        />
      </div>
      <PersonHeader person={person} footnotes={footnotes} />
      <ContentLanguageNotice />
      {person.cases.map((c) => (
        <CaseSection key={c.id} person={person} detention={c} footnotes={footnotes} />
      ))}
      <p className="mt-6">
        <FeedLink query={`case=${encodeURIComponent(person.slug)}`} />
      </p>
      <FootnoteList footnotes={footnotes.list} />
    </article>
  );
}
