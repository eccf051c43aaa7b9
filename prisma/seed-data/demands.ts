// Demands the sources make of governments rather than for one person or one law.
import type { SeedDemand } from "@/lib/seed/types";
import { GUANTANAMO_FOLLOW_UP } from "./guantanamo";

const KZ_PRACTICES =
  "Kazakh authorities should also drop their declared plans to adopt a so-called “foreign agents’” law, cease the public attacks on the LGBTIQ community, and end reprisals against NGOs-recipients of foreign grants.";
const KG_MEDIA =
  "In addition, they should reverse the court ruling that ordered the liquidation of independent news organization Kloop Media and stop pressuring other independent media.";
const TJ_REPRESSION =
  "Tajik authorities should also cease its continued crackdown in the Gorno-Badakshan Autonomous Region and its systematic use of transnational repression to target government opponents abroad, including in EU countries.";
const TM_RECORD =
  "In Turkmenistan, President Serdar Berdimuhamedov should take concrete steps to rectify his government’s extremely poor human rights record, free political prisoners, and allow space for an independent civil society to develop.";
const TM_MEDIA =
  "The government should publicly declare tolerance towards criticism in the media and end wide ranging internet censorship.";
const TM_DOMESTIC_VIOLENCE =
  "They should also decriminalize homosexuality while adopting legislation to criminalize domestic violence.";
const ALL_RELEASE =
  "They should start by releasing from prison all journalists, bloggers, lawyers, human rights defenders, civil society activists, and political opponents who have been prosecuted and convicted on retaliatory and unsubstantiated charges.";
const SAFEGUARDS =
  "The Central Asian governments should also end–and establish safeguards to prevent–the misuse of anti-extremism and anti-disinformation policies and security tools to restrict, persecute, and/or criminalize legitimate civil society activity.";
const EU =
  "We call on the EU to ensure that the commitments expressed in the joint declaration are followed through and that Central Asian governments are held accountable for violations of their human rights obligations under EU cooperation instruments";

export const countryDemands: SeedDemand[] = [
  {
    country: "KZ",
    kind: "END_PRACTICE",
    description: "Cease the public attacks on the LGBTIQ community.",
    target: "Kazakh authorities",
    cite: { quote: KZ_PRACTICES },
  },
  {
    country: "KZ",
    kind: "END_PRACTICE",
    description: "End reprisals against NGOs that receive foreign grants.",
    target: "Kazakh authorities",
    cite: { quote: KZ_PRACTICES },
  },
  {
    country: "KG",
    kind: "OTHER",
    description:
      "Reverse the court ruling that ordered the liquidation of the independent news organisation Kloop Media.",
    target: "Authorities of Kyrgyzstan",
    cite: { quote: KG_MEDIA },
  },
  {
    country: "KG",
    kind: "END_PRACTICE",
    description: "Stop pressuring other independent media.",
    target: "Authorities of Kyrgyzstan",
    cite: { quote: KG_MEDIA },
  },
  {
    country: "TJ",
    kind: "END_PRACTICE",
    description: "Cease the continued crackdown in the Gorno-Badakhshan Autonomous Region.",
    target: "Tajik authorities",
    cite: { quote: TJ_REPRESSION },
  },
  {
    country: "TJ",
    kind: "END_PRACTICE",
    description:
      "End the systematic use of transnational repression against government opponents abroad, including in EU countries.",
    target: "Tajik authorities",
    cite: { quote: TJ_REPRESSION },
  },
  {
    country: "TM",
    kind: "RELEASE",
    description: "Free political prisoners.",
    target: "President Serdar Berdimuhamedov",
    cite: { quote: TM_RECORD },
  },
  {
    country: "TM",
    kind: "OTHER",
    description: "Allow space for an independent civil society to develop.",
    target: "President Serdar Berdimuhamedov",
    cite: { quote: TM_RECORD },
  },
  {
    country: "TM",
    kind: "OTHER",
    description: "Publicly declare tolerance towards criticism in the media.",
    target: "Government of Turkmenistan",
    cite: { quote: TM_MEDIA },
  },
  {
    country: "TM",
    kind: "END_PRACTICE",
    description: "End wide-ranging internet censorship.",
    target: "Government of Turkmenistan",
    cite: { quote: TM_MEDIA },
  },
  {
    country: "TM",
    kind: "ADOPT_LAW",
    description: "Adopt legislation to criminalise domestic violence.",
    target: "Authorities of Turkmenistan",
    cite: { quote: TM_DOMESTIC_VIOLENCE },
  },
];

/** Demands addressed to all five Central Asian governments, the EU, or the US, with no single country. */
export const generalDemands: SeedDemand[] = [
  {
    kind: "RELEASE",
    description:
      "Release from prison all journalists, bloggers, lawyers, human rights defenders, civil society activists and political opponents prosecuted and convicted on retaliatory and unsubstantiated charges.",
    target: "Leaders of the Central Asian states",
    cite: { quote: ALL_RELEASE },
  },
  {
    kind: "ESTABLISH_SAFEGUARD",
    description:
      "End, and establish safeguards to prevent, the misuse of anti-extremism and anti-disinformation policies against legitimate civil society activity.",
    target: "Central Asian governments",
    cite: { quote: SAFEGUARDS },
  },
  {
    kind: "OTHER",
    description:
      "Ensure the commitments of the joint declaration are followed through, and hold Central Asian governments accountable under EU cooperation instruments.",
    target: "European Union",
    cite: { quote: EU },
  },
  GUANTANAMO_FOLLOW_UP,
];
