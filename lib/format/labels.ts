// English display names for stored enum values.
import type {
  CaseStatus,
  DemandKind,
  DemandStatus,
  LawStatus,
  PersonRole,
  SourceKind,
} from "@/lib/generated/prisma/enums";

export const STATUS_LABELS: Record<CaseStatus, string> = {
  DETAINED_PRE_TRIAL: "Detained pre-trial",
  DETAINED: "Detained",
  IMPRISONED: "Imprisoned",
  HOUSE_ARREST: "House arrest",
  PSYCHIATRIC_DETENTION: "Psychiatric detention",
  INCOMMUNICADO: "Held incommunicado",
  RESTRICTED_NO_LEGAL_STATUS: "Restricted, without legal status",
  TRAVEL_BAN: "Travel ban",
  PROBATION: "Probation",
  RELEASED: "Released",
  PARDONED: "Pardoned",
  ACQUITTED: "Acquitted",
  CHARGES_DROPPED: "Charges dropped",
  DECEASED: "Deceased",
  UNKNOWN: "Unknown",
};

export const ROLE_LABELS: Record<PersonRole, string> = {
  JOURNALIST: "Journalist",
  BLOGGER: "Blogger",
  LAWYER: "Lawyer",
  HUMAN_RIGHTS_DEFENDER: "Human rights defender",
  ACTIVIST: "Activist",
  OPPOSITION_POLITICIAN: "Opposition politician",
  LABOUR_RIGHTS_ACTIVIST: "Labour rights activist",
  FORMER_GUANTANAMO_DETAINEE: "Former Guantánamo detainee",
  SATIRIST: "Satirist",
  OTHER: "Other",
};

export const DEMAND_KIND_LABELS: Record<DemandKind, string> = {
  RELEASE: "Release",
  QUASH_CONVICTION: "Quash conviction",
  DROP_CHARGES: "Drop charges",
  LIFT_PROBATION: "Lift probation",
  REPEAL_LAW: "Repeal or revise law",
  NOT_ADOPT_LAW: "Do not adopt law",
  ADOPT_LAW: "Adopt law",
  ALLOW_TRAVEL: "Allow travel",
  GRANT_LEGAL_STATUS: "Grant legal status",
  RESETTLE: "Resettle",
  FAMILY_REUNIFICATION: "Family reunification",
  ESTABLISH_SAFEGUARD: "Establish safeguard",
  END_PRACTICE: "End a practice",
  OTHER: "Other",
};

export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = {
  OPEN: "Open",
  PARTLY_MET: "Partly met",
  MET: "Met",
};

export const LAW_STATUS_LABELS: Record<LawStatus, string> = {
  IN_FORCE: "In force",
  PLANNED: "Planned",
  REPEALED: "Repealed",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  NGO_STATEMENT: "NGO statement",
  UN_REPORT: "UN report",
  NEWS_ARTICLE: "News article",
  OFFICIAL_DOCUMENT: "Official document",
};

export const NOT_KNOWN = "Not known";
