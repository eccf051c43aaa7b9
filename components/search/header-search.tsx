// The header's search box, with its strings translated here on the server for the small client island.
import { getLocale, getTranslations } from "next-intl/server";
import { CaseStatus } from "@/lib/generated/prisma/enums";
import { HeaderSearchBox } from "./header-search-box";

export async function HeaderSearch() {
  const locale = await getLocale();
  const t = await getTranslations("Search");
  const status = await getTranslations("CaseStatus");
  const statuses = Object.fromEntries(Object.values(CaseStatus).map((s) => [s, status(s)])) as Record<
    CaseStatus,
    string
  >;
  return (
    <HeaderSearchBox
      locale={locale}
      strings={{
        label: t("label"),
        landmark: t("headerLandmark"),
        placeholder: t("placeholder"),
        suggestions: t("suggestions"),
        statuses,
      }}
    />
  );
}
