// /cases/[slug]: one person's public page, with every claim linked to its source.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FootnoteList } from "@/components/citations/footnote-list";
import { CaseSection } from "@/components/person/case-section";
import { PersonHeader } from "@/components/person/person-header";
import { numberFootnotes } from "@/lib/citations/footnotes";
import { STATUS_LABELS } from "@/lib/format/labels";
import { getPersonPage, type PersonPage } from "@/lib/server/public/get-person-page";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const person = await getPersonPage((await params).slug);
  if (!person) return { title: "Case not found" };
  const first = person.cases[0];
  return {
    title: person.fullName,
    description: first
      ? `${person.fullName}: ${STATUS_LABELS[first.status]} (${first.country.name}). Charges, timeline, demands and sources.`
      : person.fullName,
  };
}

function citationsInDisplayOrder(person: PersonPage) {
  return [
    person.citations,
    ...person.cases.flatMap((c) => [
      c.citations,
      ...c.charges.map((link) => link.charge.citations),
      ...c.statusEvents.map((e) => e.citations),
      ...c.demands.map((d) => d.citations),
    ]),
  ];
}

export default async function PersonCasePage({ params }: Params) {
  const person = await getPersonPage((await params).slug);
  if (!person) notFound();
  const footnotes = numberFootnotes(citationsInDisplayOrder(person));
  return (
    <article>
      <PersonHeader person={person} footnotes={footnotes} />
      {person.cases.map((c) => (
        <CaseSection key={c.id} detention={c} footnotes={footnotes} />
      ))}
      <FootnoteList footnotes={footnotes.list} />
    </article>
  );
}
