// Signs in through Auth.js's own endpoints with fetch, as its client does, and returns the cookies of the
// session, for tests that send requests by hand rather than through a browser.
import { generate } from "otplib";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/** The Cookie header of a signed-in session, or null when the sign-in was refused. */
export async function signInOverHttp(
  baseUrl: string,
  email: string,
  password: string,
  totpSecret?: string,
): Promise<string | null> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const body = new URLSearchParams({
    csrfToken,
    email,
    password,
    json: "true",
    callbackUrl: `${baseUrl}/en/dashboard`,
  });
  if (totpSecret) body.set("code", await generate({ secret: totpSecret }));
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body,
    redirect: "manual",
  });
  const session = cookiesOf(response).find((cookie) => /^(__Secure-)?next-auth\.session-token=./.test(cookie));
  return session ? [...jar, session].join("; ") : null;
}
