// A country's name in the reader's language.
import { useLocale } from "next-intl";
import { countryName } from "@/lib/format/country-name";

export function CountryName({ code, fallback }: { code: string; fallback: string }) {
  return <>{countryName(code, useLocale(), fallback)}</>;
}
