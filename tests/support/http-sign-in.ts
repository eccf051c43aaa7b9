// Signs in and out over plain HTTP, as a script (or an attacker) would, through Auth.js's own endpoints.

export type HttpSignIn = { error: string | null; cookie: string | null; status: number; body: string };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function csrf(baseUrl: string, cookie = ""): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: [cookie, ...cookiesOf(response)].filter(Boolean).join("; ") };
}

/** One POST of the sign-in form; `error` is the code Auth.js hands the browser, `cookie` the session cookie. */
export async function httpSignIn(
  baseUrl: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<HttpSignIn> {
  const { token, cookie } = await csrf(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
    body: new URLSearchParams({ ...fields, csrfToken: token, json: "true", callbackUrl: `${baseUrl}/en/dashboard` }),
  });
  const body = await response.text();
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  // A request refused before Auth.js sees it (the server's hostile-input checks) has no redirect address.
  let url: string | undefined;
  try {
    url = (JSON.parse(body) as { url?: string }).url;
  } catch {
    url = undefined;
  }
  return {
    error: url ? new URL(url).searchParams.get("error") : null,
    cookie: session ?? null,
    status: response.status,
    body,
  };
}

export async function httpSignOut(baseUrl: string, sessionCookie: string): Promise<void> {
  const { token, cookie } = await csrf(baseUrl, sessionCookie);
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken: token, json: "true", callbackUrl: `${baseUrl}/en` }),
  });
  if (!response.ok) throw new Error(`Sign-out answered ${response.status}`);
}
