// Lets code that cannot open the database itself (the proxy, lib/http/limit-heavy-page.ts) ask whether a signed
// session cookie's session is still live: not signed out, not disabled. The server process installs the check at
// start-up (instrumentation.ts) on globalThis, which the proxy's bundle shares; without it no session counts as live.
type Check = (userId: string | undefined, sessionVersion: unknown) => Promise<boolean>;

const KEY = Symbol.for("habeas.live-session-check");
const store = globalThis as typeof globalThis & { [KEY]?: Check };

export function installLiveSessionCheck(check: Check): void {
  store[KEY] = check;
}

export async function isLiveSession(userId: string | undefined, sessionVersion: unknown): Promise<boolean> {
  const check = store[KEY];
  return check ? check(userId, sessionVersion).catch(() => false) : false;
}
