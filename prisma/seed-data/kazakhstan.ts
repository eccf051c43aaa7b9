// People the joint statement names in Kazakhstan.
import type { SeedPerson } from "@/lib/seed/types";

const RELEASE_QUOTE =
  "In Kazakhstan, President Kassym-Jomart Tokayev should order the release from custody of activist Aigerim Tleuzhanova, political opposition party leader Marat Zhylanbayev, satirist blogger Temirlan Ensebek, and labor rights activist Erzhan Elshibayev among others prosecuted on politically motivated charges";

function inCustody(slug: string, fullName: string, roles: SeedPerson["roles"], rolesQuote: string): SeedPerson {
  return {
    slug,
    fullName,
    roles,
    rolesCite: { quote: rolesQuote },
    case: {
      country: "KZ",
      countryCite: { quote: RELEASE_QUOTE },
      status: "DETAINED",
      statusCite: { quote: RELEASE_QUOTE },
      statusNote: "In custody when the joint statement was published (10 April 2025).",
      demands: [
        {
          kind: "RELEASE",
          description: "Order the release from custody.",
          target: "President Kassym-Jomart Tokayev",
          cite: { quote: RELEASE_QUOTE },
        },
      ],
    },
  };
}

export const kazakhstan: SeedPerson[] = [
  inCustody("aigerim-tleuzhanova", "Aigerim Tleuzhanova", ["ACTIVIST"], "activist Aigerim Tleuzhanova"),
  inCustody(
    "marat-zhylanbayev",
    "Marat Zhylanbayev",
    ["OPPOSITION_POLITICIAN"],
    "political opposition party leader Marat Zhylanbayev",
  ),
  inCustody("temirlan-ensebek", "Temirlan Ensebek", ["SATIRIST", "BLOGGER"], "satirist blogger Temirlan Ensebek"),
  inCustody(
    "erzhan-elshibayev",
    "Erzhan Elshibayev",
    ["LABOUR_RIGHTS_ACTIVIST"],
    "labor rights activist Erzhan Elshibayev",
  ),
];
