// For pages: the signed-in user, or a redirect to the sign-in page; on an admin page, an editor gets the 403 page
// that says it is for admins (dashboard/forbidden.tsx) rather than being sent elsewhere without a word. Data
// functions still check on their own.
import "server-only";
import { forbidden } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { currentUser, type SessionUser } from "./session";

export async function requirePageUser(locale: Locale, adminOnly = false): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  if (adminOnly && user.role !== "ADMIN") forbidden();
  if (adminOnly && !user.totpEnabled) return redirect({ href: "/dashboard/account", locale });
  return user;
}
