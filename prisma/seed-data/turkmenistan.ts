// The person the joint statement names in Turkmenistan.
import type { SeedPerson } from "@/lib/seed/types";

const HARASSMENT =
  "Authorities should immediately end attacks and harassment of critics of the regime both inside the country and abroad, including veteran human rights defender and journalist Soltan Achilova, who has repeatedly been barred from leaving the country.";

export const turkmenistan: SeedPerson[] = [
  {
    slug: "soltan-achilova",
    fullName: "Soltan Achilova",
    roles: ["HUMAN_RIGHTS_DEFENDER", "JOURNALIST"],
    rolesCite: { quote: "veteran human rights defender and journalist Soltan Achilova" },
    case: {
      country: "TM",
      status: "TRAVEL_BAN",
      statusCite: { quote: "Soltan Achilova, who has repeatedly been barred from leaving the country" },
      statusNote: "Repeatedly barred from leaving the country, as reported on 10 April 2025.",
      demands: [
        {
          kind: "END_PRACTICE",
          // The statement says "abroad" of the critics, not of her.
          description:
            "End attacks and harassment of critics of the regime, both inside the country and abroad, including Soltan Achilova.",
          target: "Authorities of Turkmenistan",
          cite: { quote: HARASSMENT },
        },
      ],
    },
  },
];
