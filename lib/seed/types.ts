// The shape of hand-curated seed facts. Every fact carries the passage that supports it.
import type {
  CaseStatus,
  DatePrecision,
  DemandKind,
  LawStatus,
  OrganisationRole,
  PersonRole,
  SourceKind,
} from "@/lib/generated/prisma/enums";

export type Quoted = { quote: string; source?: string; quotedSource?: string; locator?: string };

export type PartialDate = { date: string; precision: Exclude<DatePrecision, "UNKNOWN"> };

export type SeedSource = {
  id: string;
  title: string;
  publisher: string | null;
  authors: string[];
  published: PartialDate | null;
  url: string | null;
  kind: SourceKind;
  archiveNote: string | null;
  /** The source's own text, when Habeas holds it; quotes are checked against it. */
  text?: string;
  organisations: { slug: string; role: OrganisationRole }[];
};

export type SeedOrganisation = { slug: string; name: string; acronym: string | null };

export type SeedLaw = {
  id: string;
  country: string;
  name: string;
  description: string | null;
  status: LawStatus;
  cite: Quoted;
};

export type SeedDemand = {
  kind: DemandKind;
  description: string;
  target: string;
  lawId?: string;
  country?: string;
  cite: Quoted;
};

export type SeedCharge = { id: string; article: string | null; description: string; cite: Quoted };

/** Something a source says about the person's situation that is neither a status nor a demand. */
export type SeedFact = { text: string; cite: Quoted };

export type SeedPerson = {
  slug: string;
  fullName: string;
  isUnnamed?: boolean;
  roles: PersonRole[];
  /** The sentence that gives the roles, or one sentence per role where the source gives them apart. */
  rolesCite: Quoted | Quoted[];
  /** Cyrillic spelling transliterated by Habeas editors; no source gives it, and pages say so. */
  cyrillic?: string;
  biography?: { text: string; cites: Quoted[] };
  case: {
    country: string;
    status: CaseStatus;
    statusCite: Quoted;
    /** The passage that places the case in its country: a country is a public fact, cited like the others. */
    countryCite: Quoted;
    statusSince?: PartialDate;
    statusNote: string;
    sentence?: { text: string; cite: Quoted };
    charges?: SeedCharge[];
    facts?: SeedFact[];
    demands: SeedDemand[];
  };
};
