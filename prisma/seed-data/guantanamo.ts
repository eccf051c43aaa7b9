// Former Guantánamo detainees resettled in Kazakhstan, and the one the UN report says is held in the UAE.
import type { SeedDemand, SeedPerson } from "@/lib/seed/types";
import { INTERCEPT_ARTICLE, UN_SR_REPORT } from "./sources";

const fromIntercept = (quote: string) => ({ quote, source: INTERCEPT_ARTICLE });
// Only words the article puts in quotation marks and attributes to the Special Rapporteur or her report.
const fromUnReport = (quote: string) => ({ quote, source: INTERCEPT_ARTICLE, quotedSource: UN_SR_REPORT });

const retransfer: SeedDemand = {
  kind: "RESETTLE",
  description: "Use all diplomatic and legal resources to facilitate a (re)transfer to another country.",
  target: "Government of the United States",
  cite: fromUnReport(
    "There is a legal and moral obligation for the U.S. government to use all of its diplomatic and legal resources to facilitate (re)transfer of these men, with meaningful assurance and support to other countries",
  ),
};

// What the article says of both men's situation. These are facts, not demands: the article demands nothing for
// them itself, and its summary of the UN findings is its own sentence, not the Special Rapporteur's words.
const threatenedWithReturn = {
  text: "He and Muhammad Ali Husayn Khanayna told The Intercept that Kazakh officials threatened to send them back to Yemen.",
  cite: fromIntercept(
    "Both al-Qurashi and Khanayna told The Intercept that Kazakh officials threatened to send them back to Yemen.",
  ),
};
const houseArrestFinding = {
  text: "The UN Special Rapporteur found that former detainees in Kazakhstan effectively remain under house arrest and cannot live a normal and dignified life, because of the secondary security measures put in place after their transfer.",
  cite: fromUnReport(
    "In Kazakhstan former detainees effectively remain under house arrest and are unable to live a normal and dignified life due to the secondary security measures put in place post transfer",
  ),
};

// The report's recommendation, in its own words only: "for all resettlements and repatriations" is the article's
// lead-in to the quotation, not words it gives the Special Rapporteur.
export const GUANTANAMO_FOLLOW_UP: SeedDemand = {
  kind: "ESTABLISH_SAFEGUARD",
  description:
    "Establish a formal and effective follow-up system as part of the remedial obligations owed by the U.S. government.",
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
      text: "Former Guantánamo prisoner relocated to Kazakhstan in late 2014. He says he has no official status, no ID card, no right to work or education and no right to see his family.",
      cites: [
        fromIntercept("relocation from Guantánamo to Kazakhstan in late 2014"),
        fromIntercept(
          "I have no official status, no ID card, no right to work or education, and no right to see my family",
        ),
      ],
    },
    case: {
      country: "KZ",
      countryCite: fromIntercept(
        "former Guantánamo prisoner Sabri al-Qurashi had been left without legal status since his relocation from Guantánamo to Kazakhstan in late 2014",
      ),
      status: "RESTRICTED_NO_LEGAL_STATUS",
      statusCite: fromIntercept(
        "former Guantánamo prisoner Sabri al-Qurashi had been left without legal status since his relocation from Guantánamo to Kazakhstan in late 2014",
      ),
      statusSince: { date: "2014-01-01", precision: "YEAR" },
      statusNote: "Without legal status since his relocation from Guantánamo to Kazakhstan in late 2014.",
      facts: [
        {
          text: "To leave his apartment he must call the Red Crescent office and ask for his assigned chaperone to accompany him.",
          cite: fromIntercept(
            "When he wants to leave his apartment, he must call the Red Crescent office and ask for his assigned chaperone to accompany him.",
          ),
        },
        {
          text: "Without a basic ID he cannot send or receive money, packages or mail.",
          cite: fromIntercept("Without a basic ID, he is unable to send or receive money, packages, or mail."),
        },
        {
          text: "Since being freed he has not been allowed to reunite with his family or his wife in Yemen, although the resettlement deal negotiated by the State Department was supposed to provide stability and possible family reunification.",
          cite: fromIntercept(
            "Since being freed, he has not been allowed to reunite with his family or his wife in Yemen, in conflict with the State Department’s negotiated resettlement deal, which was supposed to provide stability and possible family reunification.",
          ),
        },
        {
          text: "He says Kazakh authorities told him: “You have no rights.”",
          cite: fromIntercept("“You have no rights,” al-Qurashi said he was told by Kazakh authorities."),
        },
        {
          text: "He was not allowed to press charges against a man who attacked him in the street and left him with permanent facial paralysis.",
          cite: fromIntercept(
            "He was not allowed to press charges against a man who attacked him in the street, leaving him with permanent facial paralysis.",
          ),
        },
        threatenedWithReturn,
        houseArrestFinding,
      ],
      demands: [retransfer],
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
      text: "Former Guantánamo prisoner in Kazakhstan. He says he will soon have spent ten years “under the arbitrariness of the Kazakh government in a remote city for no reason”. He confirmed that he has never been given documentation of residence, an ID or his passport, and said he would prefer to be transferred to an Arab country such as Qatar.",
      cites: [
        fromIntercept(
          "Soon, I will complete 10 years under the arbitrariness of the Kazakh government in a remote city for no reason",
        ),
        fromIntercept(
          "He confirmed that he, too, has never been given documentation of residence, an ID, or his passport.",
        ),
        fromIntercept(
          "He said he would prefer to be transferred to an Arab country like Qatar because it has a reputation of treating Guantánamo prisoners well.",
        ),
      ],
    },
    case: {
      country: "KZ",
      countryCite: fromIntercept(
        "Muhammad Ali Husayn Khanayna, the only other former Guantánamo prisoner in Kazakhstan who is still alive",
      ),
      status: "RESTRICTED_NO_LEGAL_STATUS",
      statusCite: fromIntercept(
        "He confirmed that he, too, has never been given documentation of residence, an ID, or his passport.",
      ),
      statusNote: "Never given documentation of residence, an ID or his passport.",
      facts: [
        {
          text: "He and Sabri al-Qurashi told The Intercept that Kazakh officials threatened to send them back to Yemen.",
          cite: threatenedWithReturn.cite,
        },
        houseArrestFinding,
      ],
      demands: [retransfer],
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
      // The article's own lead-in places the finding in the UAE; the quoted words are the Special Rapporteur's.
      countryCite: fromIntercept(
        "In the UAE, Ní Aoláin found “multiple former detainees were subject to arbitrary detention and torture, and one remains detained in incommunicado detention.”",
      ),
      status: "INCOMMUNICADO",
      statusCite: fromUnReport("one remains detained in incommunicado detention"),
      statusNote: "Held incommunicado, according to the UN Special Rapporteur. The source does not name him.",
      demands: [retransfer],
    },
  },
];
