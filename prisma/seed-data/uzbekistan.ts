// People the joint statement names in Uzbekistan.
import type { PersonRole } from "@/lib/generated/prisma/enums";
import type { SeedPerson } from "@/lib/seed/types";

const DEMAND =
  "In Uzbekistan, President Shavkat Mirziyoyev should order to quash wrongful convictions and free from prison and retaliatory psychiatric ward lawyer Dauletmurat Tadzhimuratov, activists Nargiz Keldiyorova and Dildora Khakimova and blogger Valijon Kalonov.";
const CONVICTED =
  "All these human rights defenders have been targeted with retaliatory prosecution and convicted on unsubstantiated charges for publicly expressing their opinions about the state of affairs in the country.";
const PRESIDENT = "President Shavkat Mirziyoyev";

// Each claim cites the sentence that makes it: the demand sentence names each person's own role, the next one
// calls all four human rights defenders.
function convicted(fullName: string, role: PersonRole): SeedPerson {
  return {
    slug: fullName.toLowerCase().replace(/\s+/g, "-"),
    fullName,
    roles: [role, "HUMAN_RIGHTS_DEFENDER"],
    rolesCite: [{ quote: DEMAND }, { quote: CONVICTED }],
    case: {
      country: "UZ",
      countryCite: { quote: DEMAND },
      status: "DETAINED",
      statusCite: { quote: DEMAND },
      // The statement names one prison-or-psychiatric-ward demand for all four and does not say who is where.
      statusNote:
        "Convicted, and held in prison or a psychiatric ward when the joint statement was published (10 April 2025); the source does not say which.",
      demands: [
        {
          kind: "QUASH_CONVICTION",
          description: "Quash the wrongful conviction.",
          target: PRESIDENT,
          cite: { quote: DEMAND },
        },
        {
          kind: "RELEASE",
          description: "Free from prison or the retaliatory psychiatric ward.",
          target: PRESIDENT,
          cite: { quote: DEMAND },
        },
      ],
    },
  };
}

export const uzbekistan: SeedPerson[] = [
  convicted("Dauletmurat Tadzhimuratov", "LAWYER"),
  convicted("Nargiz Keldiyorova", "ACTIVIST"),
  convicted("Dildora Khakimova", "ACTIVIST"),
  convicted("Valijon Kalonov", "BLOGGER"),
];
