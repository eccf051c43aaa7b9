// Whether the current request carries a valid signed session cookie: cheap (no database read), for routing a
// signed-in editor's public reads to the primary. The pages themselves still check the account.
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";

export async function hasSessionCookie(): Promise<boolean> {
  let request: { cookies: Awaited<ReturnType<typeof cookies>>; headers: Awaited<ReturnType<typeof headers>> };
  try {
    request = { cookies: await cookies(), headers: await headers() };
  } catch {
    // Outside a request (a script, a test calling the data layer): nobody is signed in.
    return false;
  }
  if (!request.cookies.getAll().some((cookie) => cookie.name.includes("next-auth.session-token"))) return false;
  const { NEXTAUTH_SECRET, SITE_URL } = env();
  const token = await getToken({
    req: request as never,
    secret: NEXTAUTH_SECRET,
    secureCookie: SITE_URL.startsWith("https:"),
  }).catch(() => null);
  return token !== null;
}
