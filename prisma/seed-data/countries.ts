// Countries with seeded cases. Codes are ISO 3166-1 alpha-2.
export const countries = [
  { code: "KZ", name: "Kazakhstan" },
  { code: "KG", name: "Kyrgyzstan" },
  { code: "TJ", name: "Tajikistan" },
  { code: "TM", name: "Turkmenistan" },
  { code: "UZ", name: "Uzbekistan" },
  { code: "AE", name: "United Arab Emirates" },
] as const;
