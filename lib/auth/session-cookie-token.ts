// The session token a request's Cookie header carries, if it is one this server signed and it has not expired:
// no database read, so it is cheap enough for the production server's door (scripts/serve.ts) and the page cache.
// It proves a cookie was issued, not that its session is still live; lib/auth/session.ts checks that.
import { decode, type JWT } from "next-auth/jwt";

export type SessionCookieOptions = { secret: string; secure: boolean };

/** Auth.js splits a long token over `name.0`, `name.1`…; joined in order, as its SessionStore does. */
function tokenText(header: string, name: string): string {
  const chunks: [number, string][] = [];
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (at <= 0) continue;
    if (key === name) chunks.push([0, value]);
    else if (key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1)))
      chunks.push([Number(key.slice(name.length + 1)), value]);
  }
  return chunks
    .sort((a, b) => a[0] - b[0])
    .map(([, value]) => value)
    .join("");
}

/** The decoded token, or null for no cookie or one that does not decrypt with the secret (or has expired). */
export async function sessionCookieToken(
  cookieHeader: string | undefined,
  options: SessionCookieOptions,
): Promise<JWT | null> {
  if (!cookieHeader?.includes("next-auth.session-token")) return null;
  const token = tokenText(cookieHeader, `${options.secure ? "__Secure-" : ""}next-auth.session-token`);
  if (!token) return null;
  return decode({ token, secret: options.secret }).catch(() => null);
}
