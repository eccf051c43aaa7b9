// Former Guantánamo detainees resettled in Kazakhstan, and the one the UN report says is held in the UAE.
import type { SeedDemand, SeedPerson } from "@/lib/seed/types";
import { INTERCEPT_ARTICLE, UN_SR_REPORT } from "./sources";

const fromIntercept = (quote: string) => ({ quote, source: INTERCEPT_ARTICLE });
const fromUnReport = (quote: string) => ({ quote, source: INTERCEPT_ARTICLE, quotedSource: UN_SR_REPORT });

const retransfer: SeedDemand = {
  kind: "RESETTLE",
  description: "Use all diplomatic and legal resources to facilitate a (re)transfer to another country.",
  target: "Government of the United States",
  cite: fromUnReport(
    "There is a legal and moral obligation for the U.S. government to use all of its diplomatic and legal resources to facilitate (re)transfer of these men, with meaningful assurance and support to other countries",
  ),
};

const legalStatus: SeedDemand = {
  kind: "GRANT_LEGAL_STATUS",
  description: "Give proper legal status, with identity documents.",
  target: "Government of Kazakhstan (host country)",
  cite: fromUnReport(
    "The U.N. investigation found that the men released from Guantánamo in resettlement deals have not been given proper legal status by their host countries in 30 percent of documented cases.",
  ),
};

export const GUANTANAMO_FOLLOW_UP: SeedDemand = {
  kind: "ESTABLISH_SAFEGUARD",
  description: "Establish a formal and effective follow-up system for all resettlements and repatriations.",
  target: "Government of the United States",
  cite: fromUnReport(
    "a formal and effective follow-up system be established as part of the remedial obligations owed by the U.S. government",
  ),
};

export const guantanamo: SeedPerson[] = [
  {
    slug: "sabri-al-qurashi",
    fullName: "Sabri al-Qurashi",
    roles: ["FORMER_GUANTANAMO_DETAINEE"],
    rolesCite: fromIntercept("former Guantánamo prisoner Sabri al-Qurashi"),
    biography: {
      text: "Former Guantánamo prisoner relocated to Kazakhstan in late 2014. He says he has no official status, no ID card, no right to work or education and no right to see his family, and that he must call the Red Crescent office for a chaperone to leave his apartment.",
      cites: [
        fromIntercept("relocation from Guantánamo to Kazakhstan in late 2014"),
        fromIntercept("I have no official status, no ID card, no right to work or education, and no right to see my family"),
        fromIntercept(
          "When he wants to leave his apartment, he must call the Red Crescent office and ask for his assigned chaperone to accompany him.",
        ),
      ],
    },
    case: {
      country: "KZ",
      status: "RESTRICTED_NO_LEGAL_STATUS",
      statusCite: fromIntercept(
        "former Guantánamo prisoner Sabri al-Qurashi had been left without legal status since his relocation from Guantánamo to Kazakhstan in late 2014",
      ),
      statusSince: { date: "2014-01-01", precision: "YEAR" },
      statusNote: "Without legal status since his relocation from Guantánamo to Kazakhstan in late 2014.",
      demands: [
        retransfer,
        legalStatus,
        {
          kind: "FAMILY_REUNIFICATION",
          description: "Allow him to reunite with his family and his wife in Yemen, as the resettlement deal was meant to.",
          target: "Governments party to the resettlement deal (Kazakhstan and the United States)",
          cite: fromIntercept(
            "Since being freed, he has not been allowed to reunite with his family or his wife in Yemen, in conflict with the State Department’s negotiated resettlement deal, which was supposed to provide stability and possible family reunification.",
          ),
        },
      ],
    },
  },
  {
    slug: "muhammad-ali-husayn-khanayna",
    fullName: "Muhammad Ali Husayn Khanayna",
    roles: ["FORMER_GUANTANAMO_DETAINEE"],
    rolesCite: fromIntercept(
      "Muhammad Ali Husayn Khanayna, the only other former Guantánamo prisoner in Kazakhstan who is still alive",
    ),
    biography: {
      text: "Former Guantánamo prisoner living in a remote city in Kazakhstan. He says he has never been given documentation of residence, an ID or his passport, and that he would prefer to be transferred to an Arab country such as Qatar.",
      cites: [
        fromIntercept("Soon, I will complete 10 years under the arbitrariness of the Kazakh government in a remote city for no reason"),
        fromIntercept("He confirmed that he, too, has never been given documentation of residence, an ID, or his passport."),
        fromIntercept(
          "He said he would prefer to be transferred to an Arab country like Qatar because it has a reputation of treating Guantánamo prisoners well.",
        ),
      ],
    },
    case: {
      country: "KZ",
      status: "RESTRICTED_NO_LEGAL_STATUS",
      statusCite: fromIntercept(
        "He confirmed that he, too, has never been given documentation of residence, an ID, or his passport.",
      ),
      statusNote: "Never given documentation of residence, an ID or his passport.",
      demands: [retransfer, legalStatus],
    },
  },
  {
    slug: "unnamed-former-guantanamo-detainee-uae",
    fullName: "Unnamed former Guantánamo detainee held in the UAE",
    isUnnamed: true,
    roles: ["FORMER_GUANTANAMO_DETAINEE"],
    rolesCite: fromUnReport(
      "multiple former detainees were subject to arbitrary detention and torture, and one remains detained in incommunicado detention",
    ),
    case: {
      country: "AE",
      status: "INCOMMUNICADO",
      statusCite: fromUnReport("one remains detained in incommunicado detention"),
      statusNote: "Held incommunicado, according to the UN Special Rapporteur. The source does not name him.",
      demands: [retransfer],
    },
  },
];
