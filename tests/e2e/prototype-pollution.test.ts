// Every server action of the production build, posted with polluting field names by an anonymous visitor,
// an editor and an admin, leaves the server as it was: Object.prototype gains nothing (the public API,
// whose query parsing would pick up an inherited `q`, still lists every case), pages render, sign-in works.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "@/lib/db/paths";
import { useDedicatedServer } from "../support/dedicated-server";
import { signInOverHttp } from "../support/http-session";

const server = useDedicatedServer("pollution");

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

const MARK = "polluted-by-test";
const POLLUTING_NAMES = [
  "__proto__.q",
  "constructor.prototype.q",
  "__proto__.status",
  "__proto__.limit",
  "citation.__proto__.q",
  "citation.constructor.prototype.q",
  "fields.__proto__.q",
  "fields.constructor.prototype.q",
  "target.__proto__.q",
  "__proto__",
  "prototype",
];

/** Each action with a page that uses it: its route with dynamic segments filled in. */
function serverActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace("[locale]", "en")
      .replace(/\[(\.\.\.)?[^\]]+\]/g, "x");
    return { id, name: `${entry.filename}#${entry.exportedName}`, page: page || "/en" };
  });
}

// React's own encoder, as the browser uses it, so the test follows React's wire format.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (args: unknown[]) => Promise<FormData | string>;
};

function pollutingForm(): FormData {
  const form = new FormData();
  for (const name of POLLUTING_NAMES) form.append(name, MARK);
  return form;
}

/** The ways a request can carry a form to an action: React's reply encoding (the JavaScript client's way,
 *  also with a polluting object among the arguments) and the no-JavaScript form post. */
async function requests(id: string): Promise<{ headers: Record<string, string>; body: FormData }[]> {
  const reply = (await encodeReply([null, pollutingForm()])) as FormData;
  const replyWithObject = (await encodeReply([null, pollutingForm()])) as FormData;
  replyWithObject.set(
    "0",
    JSON.stringify([{ ["__proto__"]: { q: MARK }, constructor: { prototype: { q: MARK } } }, "$K1"]),
  );
  const noScript = pollutingForm();
  noScript.set(`$ACTION_ID_${id}`, "");
  const action = { "next-action": id, accept: "text/x-component" };
  return [
    { headers: action, body: reply },
    { headers: action, body: replyWithObject },
    { headers: {}, body: noScript },
  ];
}

/** The public list, or what went wrong getting it: a polluted server has answered 0 cases, 400s and nothing. */
async function casesFromApi(baseUrl: string): Promise<{ status: number; body: unknown }> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/cases?limit=100`, { signal: AbortSignal.timeout(30_000) });
    return { status: response.status, body: await response.json() };
  } catch (error) {
    return { status: 0, body: `no answer: ${(error as Error).message}` };
  }
}

describe("prototype pollution through server actions", () => {
  it("changes nothing, for anonymous visitors, editors and admins alike", { timeout: 300_000 }, async () => {
    const { baseUrl, staff } = server();
    const before = await casesFromApi(baseUrl);
    expect(before.status).toBe(200);
    expect((before.body as { total: number }).total).toBeGreaterThan(20);
    const editor = await signInOverHttp(baseUrl, staff.editorA, staff.password);
    const admin = await signInOverHttp(baseUrl, staff.admin, staff.password, staff.adminTotpSecret);
    expect(editor && admin).toBeTruthy();

    const actions = serverActions();
    expect(actions.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        "lib/actions/users/user-actions.ts#redeemTokenAction",
        "lib/actions/cases/case-actions.ts#createCaseAction",
      ]),
    );
    const failures: string[] = [];
    for (const [caller, cookie] of [
      ["anonymous", ""],
      ["editor", editor!],
      ["admin", admin!],
    ] as const) {
      await Promise.all(
        actions.map(async ({ id, name, page }) => {
          for (const { headers, body } of await requests(id)) {
            const label = `${caller} ${name} (${headers["next-action"] ? "reply" : "no-script"})`;
            try {
              const init = {
                method: "POST",
                headers: { ...headers, origin: baseUrl, cookie },
                body,
                redirect: "manual" as const,
                signal: AbortSignal.timeout(30_000),
              };
              const response = await fetch(`${baseUrl}${page}`, init);
              await response.arrayBuffer();
              if (response.status >= 500) failures.push(`${label}: ${response.status}`);
            } catch (error) {
              failures.push(`${label}: no answer (${(error as Error).message})`);
            }
          }
        }),
      );
      // An inherited `q` would filter the list, and an inherited `status` or `limit` would be refused.
      expect(await casesFromApi(baseUrl), `the API after the ${caller} POSTs`).toEqual(before);
    }

    expect((await fetch(`${baseUrl}/api/v1/cases?status=polluted`)).status).toBe(400);
    const search = (await (await fetch(`${baseUrl}/api/search?q=Ishenbekov`)).json()) as { results: unknown[] };
    expect(search.results.length).toBeGreaterThan(0);
    const list = await fetch(`${baseUrl}/en/cases`);
    expect(list.status).toBe(200);
    expect(await list.text()).toContain("Azamat Ishenbekov");
    expect(await signInOverHttp(baseUrl, staff.editorB, staff.password), "sign-in after the attack").toBeTruthy();
    expect(failures, "no action answered with a 5xx").toEqual([]);
  });
});
