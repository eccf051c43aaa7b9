// Sign-in and sessions against the real production server (scripts/serve.ts), over HTTP as an attacker
// would: lockouts, revoked cookies, spoofed client addresses and the error text a browser gets.
import { randomBytes } from "node:crypto";
import { generate } from "otplib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { newRecoveryCodes } from "@/lib/auth/totp";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import { createTestUser, TEST_PASSWORD } from "../factories/users";
import { useSharedBrowser } from "../support/browser";
import { httpSignIn, httpSignOut } from "../support/http-sign-in";
import { signedInPage } from "../support/sign-in";
import { freePort, startAppServer, type AppServer } from "../support/server-process";

const baseUrl = inject("baseUrl");
const databaseEnv = inject("databaseEnv");
const db = createPrismaClient(serverTarget(databaseEnv.DATABASE_URL!));
const browser = useSharedBrowser();
let proxied: AppServer | undefined;
afterAll(async () => {
  if (proxied?.process.pid) process.kill(-proxied.process.pid, "SIGTERM");
  await db.$disconnect();
});

const ghost = () => `ghost-${randomBytes(4).toString("hex")}@example.org`;
const attemptsOf = (email: string) => db.loginAttempt.findMany({ where: { email }, select: { ip: true } });
const auditedIpsOf = async (email: string) =>
  (
    await db.auditLog.findMany({
      where: { action: "LOGIN_FAILED", meta: { path: ["email"], equals: email } },
      select: { meta: true },
    })
  ).map((a) => (a.meta as { ip: string }).ip);

describe("sign-in on the production server", () => {
  it("lets an admin with two-factor sign in ten times in a row without being locked", async () => {
    const admin = await createTestUser(db, { role: "ADMIN", totp: true });
    const { codes, hashes } = newRecoveryCodes();
    await db.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: admin.id, codeHash })) });
    for (const code of codes) {
      // As the sign-in form does it: the password first, which asks for the code, then both.
      expect((await httpSignIn(baseUrl, { email: admin.email, password: TEST_PASSWORD })).error).toBe(
        "second-factor-required",
      );
      const signedIn = await httpSignIn(baseUrl, { email: admin.email, password: TEST_PASSWORD, code });
      expect(signedIn.error).toBeNull();
      expect(signedIn.cookie).toBeTruthy();
    }
  });

  it("stops a copied session cookie from working once its owner signs out", async () => {
    const editor = await createTestUser(db);
    const { cookie } = await httpSignIn(baseUrl, { email: editor.email, password: TEST_PASSWORD });
    expect(cookie).toBeTruthy();
    const copied = cookie!;
    const dashboard = () => fetch(`${baseUrl}/en/dashboard`, { headers: { cookie: copied }, redirect: "manual" });
    const session = async () => (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: copied } })).json();
    expect((await dashboard()).status).toBe(200);
    expect(await session()).toMatchObject({ userId: editor.id });

    await httpSignOut(baseUrl, copied);

    const after = await dashboard();
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.headers.get("location")).toMatch(/\/en\/sign-in$/);
    expect(await session()).toEqual({});
  });

  it("never hands database text to the browser, and bounds the fields", async () => {
    // A NUL byte is refused at the door, before Auth.js or the database sees it, with a plain 4xx.
    const nul = await httpSignIn(baseUrl, { email: "nul\u0000@example.org", password: "anything at all" });
    expect(nul.status).toBe(400);
    expect(nul.body).not.toMatch(/P20|prisma|relation/i);
    const long = await httpSignIn(baseUrl, { email: `${"a".repeat(300)}@example.org`, password: "anything at all" });
    expect(long.error).toBe("too-long");
    const page = await (
      await fetch(`${baseUrl}/en/sign-in/error?error=${encodeURIComponent('P2002 <b>prisma</b> relation "user"')}`)
    ).text();
    // What the page shows: its own fixed text. (The address itself still appears, encoded, in links and Next's data.)
    const shown = page.match(/<main[^>]*>([\s\S]*?)<\/main>/)![1]!;
    expect(shown).toContain("Sign-in did not work");
    expect(shown).not.toMatch(/P2002|prisma|relation/i);
  });
});

describe("client address on the production server", () => {
  it("ignores a client's X-Forwarded-For and the server's own internal header", async () => {
    const email = ghost();
    const spoofed = { "x-forwarded-for": "198.51.100.23", [PEER_ADDRESS_HEADER]: "198.51.100.24" };
    expect((await httpSignIn(baseUrl, { email, password: "wrong password" }, spoofed)).error).toBe("invalid");
    expect(await attemptsOf(email)).toEqual([{ ip: "127.0.0.1" }]);
    expect(await auditedIpsOf(email)).toEqual(["127.0.0.1"]);
  });

  it("uses X-Forwarded-For when the peer is one of TRUSTED_PROXIES", async () => {
    const port = await freePort();
    proxied = await startAppServer(
      {
        ...databaseEnv,
        NODE_ENV: "production",
        NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
        TRUSTED_PROXIES: "127.0.0.1",
      },
      port,
    );
    const email = ghost();
    const forwarded = { "x-forwarded-for": "1.2.3.4, 198.51.100.25", [PEER_ADDRESS_HEADER]: "198.51.100.26" };
    expect((await httpSignIn(proxied.baseUrl, { email, password: "wrong password" }, forwarded)).error).toBe("invalid");
    expect(await attemptsOf(email)).toEqual([{ ip: "198.51.100.25" }]);
    expect(await auditedIpsOf(email)).toEqual(["198.51.100.25"]);
  });
});

describe("the account page", () => {
  it("turns two-factor sign-in off only with the current password and a current code", async () => {
    const user = await createTestUser(db, { totp: true });
    const secret = user.totpSecret!;
    const { context, page } = await signedInPage(browser(), baseUrl, user.email, TEST_PASSWORD, () =>
      generate({ secret }),
    );
    await page.goto(`${baseUrl}/en/dashboard/account`);
    const form = page.locator("form").filter({ hasText: "Turn off two-factor sign-in" });
    // The code that signed in is used up; the authenticator's next one is a current code.
    const currentCode = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    await form.getByLabel("Your current password").fill("not my password");
    await form.getByLabel(/A current code/).fill(currentCode);
    await form.getByRole("button", { name: "Turn off" }).click();
    await form.getByText("This is not your current password.").waitFor();

    await form.getByLabel("Your current password").fill(TEST_PASSWORD);
    await form.getByLabel(/A current code/).fill(currentCode);
    await form.getByRole("button", { name: "Turn off" }).click();
    // The page is drawn again for an account without two-factor, and says so.
    await page.getByText("Two-factor sign-in is off.").first().waitFor();
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabled: true } })).totpEnabled,
    ).toBe(false);
    await context.close();
  });
});
