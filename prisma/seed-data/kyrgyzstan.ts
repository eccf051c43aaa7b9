// People the joint statement names in Kyrgyzstan.
import type { SeedDemand, SeedPerson } from "@/lib/seed/types";

const FOUR_JOURNALISTS =
  "We believe all four journalists were targeted in retaliation for their critical opinions and independent journalism.";
const COLLEAGUES =
  "Authorities should also quash the charges against his colleagues convicted on similar charges, releasing Makhabat Tajibek Kyzy\u00a0 and lifting the probational sentences imposed on Aike Beishekeyeva and Aktilek Kaparov.";
const AUTHORITIES = "Authorities of Kyrgyzstan";
const PARDONED =
  "In Kyrgyzstan, it is welcome that President Sadyr Japarov pardoned Temirov Live associated journalist Azamat Ishenbekov this week, although he should not have been imprisoned in the first place.";
// The Kyrgyzstan paragraph up to the last of the five it names: the authorities it addresses are Kyrgyzstan's.
const IN_KYRGYZSTAN = `${PARDONED} ${COLLEAGUES} ${FOUR_JOURNALISTS} Authorities should also release independent journalist Kanyshay Mamyrkulova`;
const MAMYRKULOVA =
  "Authorities should also release independent journalist Kanyshay Mamyrkulova and drop the criminal charges initiated against her and others in apparent retaliation for social media posts critical of the government.";

const quash: SeedDemand = {
  kind: "QUASH_CONVICTION",
  description: "Quash the charges on which the journalist was convicted.",
  target: AUTHORITIES,
  cite: { quote: COLLEAGUES },
};

function onProbation(slug: string, fullName: string): SeedPerson {
  return {
    slug,
    fullName,
    roles: ["JOURNALIST"],
    rolesCite: { quote: FOUR_JOURNALISTS },
    case: {
      country: "KG",
      countryCite: { quote: IN_KYRGYZSTAN },
      status: "PROBATION",
      statusCite: { quote: COLLEAGUES },
      statusNote: "Serving a probational sentence when the joint statement was published (10 April 2025).",
      sentence: { text: "Probational sentence (length not stated in the source)", cite: { quote: COLLEAGUES } },
      demands: [
        quash,
        {
          kind: "LIFT_PROBATION",
          description: "Lift the probational sentence.",
          target: AUTHORITIES,
          cite: { quote: COLLEAGUES },
        },
      ],
    },
  };
}

export const kyrgyzstan: SeedPerson[] = [
  {
    slug: "azamat-ishenbekov",
    fullName: "Azamat Ishenbekov",
    roles: ["JOURNALIST"],
    rolesCite: { quote: "Temirov Live associated journalist Azamat Ishenbekov" },
    case: {
      country: "KG",
      countryCite: { quote: IN_KYRGYZSTAN },
      status: "PARDONED",
      statusCite: { quote: PARDONED },
      statusSince: { date: "2025-04-01", precision: "MONTH" },
      statusNote: "Pardoned by President Sadyr Japarov in the week of the joint statement of 10 April 2025.",
      demands: [],
    },
  },
  {
    slug: "makhabat-tajibek-kyzy",
    fullName: "Makhabat Tajibek Kyzy",
    roles: ["JOURNALIST"],
    rolesCite: { quote: FOUR_JOURNALISTS },
    case: {
      country: "KG",
      countryCite: { quote: IN_KYRGYZSTAN },
      status: "IMPRISONED",
      statusCite: { quote: COLLEAGUES },
      statusNote: "Imprisoned after conviction when the joint statement was published (10 April 2025).",
      demands: [
        quash,
        { kind: "RELEASE", description: "Release from prison.", target: AUTHORITIES, cite: { quote: COLLEAGUES } },
      ],
    },
  },
  onProbation("aike-beishekeyeva", "Aike Beishekeyeva"),
  onProbation("aktilek-kaparov", "Aktilek Kaparov"),
  {
    slug: "kanyshay-mamyrkulova",
    fullName: "Kanyshay Mamyrkulova",
    roles: ["JOURNALIST"],
    rolesCite: { quote: "independent journalist Kanyshay Mamyrkulova" },
    case: {
      country: "KG",
      countryCite: { quote: IN_KYRGYZSTAN },
      status: "DETAINED",
      statusCite: { quote: MAMYRKULOVA },
      statusNote: "Held, with criminal charges pending, when the joint statement was published (10 April 2025).",
      charges: [
        {
          id: "charge-kg-social-media-posts",
          article: null,
          // The statement gives no article or formal basis, only its own reading of why the charges were brought.
          description:
            "Criminal charges, formal basis not stated in the source, initiated against her and others “in apparent retaliation for social media posts critical of the government”",
          cite: { quote: MAMYRKULOVA },
        },
      ],
      demands: [
        { kind: "RELEASE", description: "Release the journalist.", target: AUTHORITIES, cite: { quote: MAMYRKULOVA } },
        {
          kind: "DROP_CHARGES",
          description: "Drop the criminal charges initiated against her and others.",
          target: AUTHORITIES,
          cite: { quote: MAMYRKULOVA },
        },
      ],
    },
  },
];
