// Loads a staff case for a page: the sign-in page for visitors, the editors' 404 for a missing case.
import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getStaffCase } from "@/lib/server/cases/get-staff-case";

export async function loadStaffCase(caseId: string) {
  const locale = await getLocale();
  await requirePageUser(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
  const found = caseId.length <= 100 ? await getStaffCase(caseId) : null;
  if (!found) notFound();
  return found;
}
