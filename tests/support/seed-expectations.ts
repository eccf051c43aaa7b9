// What the two mission documents say, restated by hand so tests can hold the seed to it.
export const PEOPLE_BY_COUNTRY: Record<string, string[]> = {
  KZ: [
    "Aigerim Tleuzhanova",
    "Marat Zhylanbayev",
    "Temirlan Ensebek",
    "Erzhan Elshibayev",
    "Sabri al-Qurashi",
    "Muhammad Ali Husayn Khanayna",
  ],
  KG: ["Azamat Ishenbekov", "Makhabat Tajibek Kyzy", "Aike Beishekeyeva", "Aktilek Kaparov", "Kanyshay Mamyrkulova"],
  TJ: [
    "Rukhshona Hakimova",
    "Abdusattor Pirmuhammadzoda",
    "Ahmad Ibrohim",
    "Abdullo Ghurbati",
    "Daler Imomali",
    "Khurshed Fozilov",
    "Khushom Gulyam",
    "Zavqibek Saidamini",
    "Ulfatkhonim Mamadshoeva",
    "Buzurgmehr Yorov",
    "Manuchehr Kholiknazarov",
    "Faromuz Irgashov",
  ],
  TM: ["Soltan Achilova"],
  UZ: ["Dauletmurat Tadzhimuratov", "Nargiz Keldiyorova", "Dildora Khakimova", "Valijon Kalonov"],
  AE: ["Unnamed former Guantánamo detainee held in the UAE"],
};

export const STATUS_OF: Record<string, string> = {
  "Azamat Ishenbekov": "PARDONED",
  "Makhabat Tajibek Kyzy": "IMPRISONED",
  "Aike Beishekeyeva": "PROBATION",
  "Aktilek Kaparov": "PROBATION",
  "Kanyshay Mamyrkulova": "DETAINED",
  "Soltan Achilova": "TRAVEL_BAN",
  "Marat Zhylanbayev": "DETAINED",
  "Dauletmurat Tadzhimuratov": "DETAINED",
  "Rukhshona Hakimova": "IMPRISONED",
  "Buzurgmehr Yorov": "IMPRISONED",
  "Sabri al-Qurashi": "RESTRICTED_NO_LEGAL_STATUS",
  "Muhammad Ali Husayn Khanayna": "RESTRICTED_NO_LEGAL_STATUS",
  "Unnamed former Guantánamo detainee held in the UAE": "INCOMMUNICADO",
};

/** The 26 people the Samarkand joint statement names. */
export const STATEMENT_PEOPLE = Object.entries(PEOPLE_BY_COUNTRY)
  .flatMap(([, names]) => names)
  .filter(
    (name) => !["Sabri al-Qurashi", "Muhammad Ali Husayn Khanayna"].includes(name) && !name.startsWith("Unnamed"),
  );
