// People the joint statement names in Tajikistan.
import type { PersonRole } from "@/lib/generated/prisma/enums";
import type { SeedPerson } from "@/lib/seed/types";

const JOURNALISTS =
  "In Tajikistan, President Emomali Rakhmon should take immediate steps to release from prison the eight independent journalists Rukhshona Hakimova, Abdusattor Pirmuhammadzoda, Ahmad Ibrohim, Abdullo Ghurbati, Daler Imomali, Khurshed Fozilov, Khushom Gulyam, and Zavqibek Saidamini.";
const DEFENDERS =
  "Human rights activists and lawyers Ulfatkhonim Mamadshoeva, Buzurgmehr Yorov, Manuchehr Kholiknazarov, and Faromuz Irgashov should also be freed without delay.";
// The opening of the Tajikistan paragraph, which names all twelve.
const IN_TAJIKISTAN = `${JOURNALISTS} ${DEFENDERS}`;
const IMPRISONING =
  "By imprisoning these individuals the Tajik authorities have cemented a climate of fear among civil society actors";

function inPrison(
  fullName: string,
  roles: PersonRole[],
  quote: string,
  statusQuote: string,
  biography?: string,
): SeedPerson {
  return {
    slug: fullName.toLowerCase().replace(/\s+/g, "-"),
    fullName,
    roles,
    rolesCite: { quote },
    ...(biography ? { biography: { text: biography, cites: [{ quote }] } } : {}),
    case: {
      country: "TJ",
      countryCite: { quote: IN_TAJIKISTAN },
      status: "IMPRISONED",
      statusCite: { quote: statusQuote },
      statusNote: "In prison when the joint statement was published (10 April 2025).",
      demands: [
        {
          kind: "RELEASE",
          description: "Release from prison without delay.",
          target: "President Emomali Rakhmon",
          cite: { quote },
        },
      ],
    },
  };
}

const journalist = (name: string) => inPrison(name, ["JOURNALIST"], JOURNALISTS, JOURNALISTS);
// The statement says "freed" for these four; that they are imprisoned comes from the sentence after. It calls the
// four together "human rights activists and lawyers" and does not say which of them is which, so each keeps
// both roles of the group, and the page says that they are the group's.
const defender = (name: string) =>
  inPrison(
    name,
    ["HUMAN_RIGHTS_DEFENDER", "LAWYER"],
    DEFENDERS,
    IMPRISONING,
    `The joint statement names ${name} among four “human rights activists and lawyers” without saying which of the four is an activist and which a lawyer.`,
  );

export const tajikistan: SeedPerson[] = [
  journalist("Rukhshona Hakimova"),
  journalist("Abdusattor Pirmuhammadzoda"),
  journalist("Ahmad Ibrohim"),
  journalist("Abdullo Ghurbati"),
  journalist("Daler Imomali"),
  journalist("Khurshed Fozilov"),
  journalist("Khushom Gulyam"),
  journalist("Zavqibek Saidamini"),
  defender("Ulfatkhonim Mamadshoeva"),
  defender("Buzurgmehr Yorov"),
  defender("Manuchehr Kholiknazarov"),
  defender("Faromuz Irgashov"),
];
