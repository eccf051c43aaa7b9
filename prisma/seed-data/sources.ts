// The documents the seed is drawn from, and the organisations behind them.
import type { SeedOrganisation, SeedSource } from "@/lib/seed/types";
import { INTERCEPT_ARTICLE_TEXT, SAMARKAND_STATEMENT_TEXT } from "./source-texts";

export const SAMARKAND_STATEMENT = "src-samarkand-ngo-statement";
export const SAMARKAND_DECLARATION = "src-samarkand-summit-declaration";
export const INTERCEPT_ARTICLE = "src-intercept-guantanamo-kazakhstan";
export const UN_SR_REPORT = "src-un-sr-guantanamo-report";

// Public text (a source's note is shown on its page): it says what Habeas holds, never an internal file name.
const HELD_IN_SEED = "Habeas holds a text copy of this post, as it was handed to the project.";

export const organisations: SeedOrganisation[] = [
  { slug: "civil-rights-defenders", name: "Civil Rights Defenders", acronym: null },
  { slug: "iphr", name: "International Partnership for Human Rights", acronym: "IPHR" },
  { slug: "araminta", name: "Araminta", acronym: null },
  { slug: "freedom-now", name: "Freedom Now", acronym: null },
  { slug: "norwegian-helsinki-committee", name: "Norwegian Helsinki Committee", acronym: null },
  { slug: "people-in-need", name: "People in Need", acronym: null },
  { slug: "fidh", name: "International Federation for Human Rights", acronym: "FIDH" },
  { slug: "omct", name: "World Organisation Against Torture", acronym: "OMCT" },
];

export const sources: SeedSource[] = [
  {
    id: SAMARKAND_STATEMENT,
    title: "Joint statement of eight NGOs after the EU–Central Asia Summit in Samarkand",
    publisher: "Civil Rights Defenders",
    authors: [],
    published: { date: "2025-04-10", precision: "DAY" },
    url: null,
    kind: "NGO_STATEMENT",
    archiveNote: `Title supplied by Habeas: the copy held has no headline. Republished on “Hans Thoolen on Human Rights Defenders and their awards”. ${HELD_IN_SEED}`,
    text: SAMARKAND_STATEMENT_TEXT,
    organisations: organisations.map((o) => ({
      slug: o.slug,
      role: o.slug === "civil-rights-defenders" ? ("AUTHOR" as const) : ("SIGNATORY" as const),
    })),
  },
  {
    id: SAMARKAND_DECLARATION,
    title: "Joint declaration of the first EU–Central Asia Summit, Samarkand",
    publisher: null,
    authors: [],
    published: { date: "2025-04-04", precision: "DAY" },
    url: null,
    kind: "OFFICIAL_DOCUMENT",
    archiveNote: "Title supplied by Habeas. Habeas holds only the paragraphs quoted in the joint NGO statement.",
    organisations: [],
  },
  {
    id: INTERCEPT_ARTICLE,
    title: "The UN Special Rapporteur's Guantánamo findings and the former detainees in Kazakhstan",
    publisher: "The Intercept",
    authors: ["Elise Swain"],
    published: null,
    url: null,
    kind: "NEWS_ARTICLE",
    archiveNote: `Title supplied by Habeas: the copy held has no headline or date. ${HELD_IN_SEED}`,
    text: INTERCEPT_ARTICLE_TEXT,
    organisations: [],
  },
  {
    id: UN_SR_REPORT,
    title: "Report of the UN Special Rapporteur on counterterrorism and human rights on Guantánamo Bay",
    publisher: "United Nations",
    authors: ["Fionnuala Ní Aoláin"],
    published: null,
    url: null,
    kind: "UN_REPORT",
    archiveNote: "Title supplied by Habeas. Habeas holds only the passages quoted by The Intercept.",
    organisations: [],
  },
];
