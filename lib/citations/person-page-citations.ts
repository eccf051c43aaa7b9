// The citations of a person's page in the order the page shows them, for footnote numbering. Shared by the public
// page and the reviewers' preview, so both number the same sources the same way.
import type { PersonPage } from "@/lib/server/public/get-person-page";

export function citationsInDisplayOrder(person: PersonPage) {
  return [
    person.citations,
    ...person.cases.flatMap((c) => [
      c.citations,
      ...c.charges.map((link) => link.charge.citations),
      // Where the person is held (and was): each stay, then the place's own facts such as its address.
      ...c.stays.flatMap((stay) => [stay.citations, stay.place.citations]),
      ...c.statusEvents.map((e) => e.citations),
      ...c.facts.map((f) => f.citations),
      ...c.demands.map((d) => d.citations),
    ]),
  ];
}
