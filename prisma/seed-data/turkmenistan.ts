// The person the joint statement names in Turkmenistan.
import type { SeedPerson } from "@/lib/seed/types";

const HARASSMENT =
  "Authorities should immediately end attacks and harassment of critics of the regime both inside the country and abroad, including veteran human rights defender and journalist Soltan Achilova, who has repeatedly been barred from leaving the country.";

// The Turkmenistan paragraph up to the sentence that names her: "the country" she may not leave is Turkmenistan.
const IN_TURKMENISTAN = `In Turkmenistan, President Serdar Berdimuhamedov should take concrete steps to rectify his government’s extremely poor human rights record, free political prisoners, and allow space for an independent civil society to develop. The government should publicly declare tolerance towards criticism in the media and end wide ranging internet censorship. ${HARASSMENT}`;

export const turkmenistan: SeedPerson[] = [
  {
    slug: "soltan-achilova",
    fullName: "Soltan Achilova",
    roles: ["HUMAN_RIGHTS_DEFENDER", "JOURNALIST"],
    rolesCite: { quote: "veteran human rights defender and journalist Soltan Achilova" },
    case: {
      country: "TM",
      countryCite: { quote: IN_TURKMENISTAN },
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
