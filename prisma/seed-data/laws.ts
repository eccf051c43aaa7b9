// Legislation the joint statement asks to repeal, revise or not adopt, with the demand made about each.
import type { SeedDemand, SeedLaw } from "@/lib/seed/types";

type LawWithDemand = SeedLaw & { demand: Omit<SeedDemand, "lawId" | "country" | "cite"> };

const KZ_PROVISIONS =
  "Kazakh authorities should repeal or thoroughly revise broadly worded criminal code provisions penalising the involvement in ‘’extremist’’ activities, ‘’incitement’’ to discord and the spread of ‘’false’’ information, which are frequently misused to target critics, including in some of the cases mentioned above.";
const KZ_FOREIGN_AGENTS =
  "Kazakh authorities should also drop their declared plans to adopt a so-called “foreign agents’” law";
const KG_LAWS =
  "They should repeal the law on so-called “foreign representatives” and revoke vaguely worded provisions that prohibit the dissemination of “false’’, defamatory or insulting information, as well as content that ‘’promotes non-traditional sexual relations’’.";
const TM_HOMOSEXUALITY =
  "They should also decriminalize homosexuality while adopting legislation to criminalize domestic violence.";
const UZ_LAWS =
  "The Uzbek government should also repeal the law on so-called “undesirable foreign persons,” decriminalize male homosexuality, and remove all legal provisions and bureaucratic obstructions that prevent independent civil society groups from engaging in legitimate human rights work.";

export const laws: LawWithDemand[] = [
  {
    id: "law-kz-criminal-code-extremism-incitement-false-information",
    country: "KZ",
    name: "Criminal Code provisions on “extremist” activities, “incitement” to discord and “false” information",
    description: "Broadly worded provisions that the statement says are frequently misused to target critics.",
    status: "IN_FORCE",
    cite: { quote: KZ_PROVISIONS },
    demand: {
      kind: "REPEAL_LAW",
      description: "Repeal or thoroughly revise these provisions.",
      target: "Kazakh authorities",
    },
  },
  {
    id: "law-kz-foreign-agents",
    country: "KZ",
    name: "Planned “foreign agents” law",
    description: null,
    status: "PLANNED",
    cite: { quote: KZ_FOREIGN_AGENTS },
    demand: {
      kind: "NOT_ADOPT_LAW",
      description: "Drop the declared plans to adopt it.",
      target: "Kazakh authorities",
    },
  },
  {
    id: "law-kg-foreign-representatives",
    country: "KG",
    name: "Law on “foreign representatives”",
    description: null,
    status: "IN_FORCE",
    cite: { quote: KG_LAWS },
    demand: { kind: "REPEAL_LAW", description: "Repeal the law.", target: "Authorities of Kyrgyzstan" },
  },
  {
    id: "law-kg-false-defamatory-insulting-information",
    country: "KG",
    name: "Provisions prohibiting the dissemination of “false”, defamatory or insulting information",
    description: "Described by the statement as vaguely worded.",
    status: "IN_FORCE",
    cite: { quote: KG_LAWS },
    demand: { kind: "REPEAL_LAW", description: "Revoke the provisions.", target: "Authorities of Kyrgyzstan" },
  },
  {
    id: "law-kg-non-traditional-sexual-relations",
    country: "KG",
    name: "Provisions prohibiting content that “promotes non-traditional sexual relations”",
    description: null,
    status: "IN_FORCE",
    cite: { quote: KG_LAWS },
    demand: { kind: "REPEAL_LAW", description: "Revoke the provisions.", target: "Authorities of Kyrgyzstan" },
  },
  {
    id: "law-tm-criminalisation-of-homosexuality",
    country: "TM",
    name: "Criminalisation of homosexuality",
    description: null,
    status: "IN_FORCE",
    cite: { quote: TM_HOMOSEXUALITY },
    demand: { kind: "REPEAL_LAW", description: "Decriminalise homosexuality.", target: "Authorities of Turkmenistan" },
  },
  {
    id: "law-uz-undesirable-foreign-persons",
    country: "UZ",
    name: "Law on “undesirable foreign persons”",
    description: null,
    status: "IN_FORCE",
    cite: { quote: UZ_LAWS },
    demand: { kind: "REPEAL_LAW", description: "Repeal the law.", target: "Government of Uzbekistan" },
  },
  {
    id: "law-uz-criminalisation-of-male-homosexuality",
    country: "UZ",
    name: "Criminalisation of male homosexuality",
    description: null,
    status: "IN_FORCE",
    cite: { quote: UZ_LAWS },
    demand: {
      kind: "REPEAL_LAW",
      description: "Decriminalise male homosexuality.",
      target: "Government of Uzbekistan",
    },
  },
  {
    id: "law-uz-obstructions-to-civil-society",
    country: "UZ",
    name: "Legal provisions and bureaucratic obstructions on independent civil society groups",
    description:
      "Provisions that, the statement says, prevent independent groups from engaging in legitimate human rights work.",
    status: "IN_FORCE",
    cite: { quote: UZ_LAWS },
    demand: {
      kind: "REPEAL_LAW",
      description: "Remove all such provisions and obstructions.",
      target: "Government of Uzbekistan",
    },
  },
];
