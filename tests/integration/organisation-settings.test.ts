// The organisation settings: only an admin may set them, every change is audited with it, the logo must really
// be a small PNG or JPEG (never SVG), and the public read and the logo route show what was saved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { GET as logoRoute } from "@/app/api/organisation/logo/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import { MAX_LOGO_BYTES } from "@/lib/organisation/logo-image";
import { ORGANISATION_KEY, ORGANISATION_LOGO_KEY } from "@/lib/server/internal/organisation-settings";
import { getOrganisation } from "@/lib/server/public/get-organisation";
import { setOrganisation } from "@/lib/server/settings/set-organisation";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";

const db = createPrismaClient(databaseTarget());
let admin: TestUser;
let editor: TestUser;

// A 1 × 1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

const form = (changes: Record<string, unknown> = {}) => ({
  name: "Центр «Правозащита»",
  contact: "corrections@example.org",
  introduction: "This briefing was prepared by the centre's volunteers.",
  removeLogo: false,
  ...changes,
});

const settingRows = () =>
  db.setting.findMany({ where: { key: { in: [ORGANISATION_KEY, ORGANISATION_LOGO_KEY] } }, orderBy: { key: "asc" } });
const auditRows = () =>
  db.auditLog.findMany({ where: { entityType: "setting", entityId: ORGANISATION_KEY }, orderBy: { createdAt: "asc" } });

async function refusal(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => "allowed",
    (error: unknown) =>
      error instanceof AppError ? error.code : error instanceof ZodError ? "INVALID_INPUT" : "other",
  );
}

beforeAll(async () => {
  await db.setting.deleteMany({ where: { key: { in: [ORGANISATION_KEY, ORGANISATION_LOGO_KEY] } } });
  admin = await createTestUser(db, { role: "ADMIN", totp: true });
  editor = await createTestUser(db);
});
afterAll(async () => {
  // Other files share this database; the About page's "not set" texts are the seeded state.
  await db.setting.deleteMany({ where: { key: { in: [ORGANISATION_KEY, ORGANISATION_LOGO_KEY] } } });
  actAs(null);
  await db.$disconnect();
});

describe("organisation settings", () => {
  it("are refused to anyone signed out and to editors, who write nothing", async () => {
    const auditBefore = (await auditRows()).length;
    actAs(null);
    expect(await refusal(setOrganisation(form()))).toBe("UNAUTHENTICATED");
    actAs(editor);
    expect(await refusal(setOrganisation(form({ logo: PNG })))).toBe("FORBIDDEN");
    expect(await settingRows()).toEqual([]);
    expect((await auditRows()).length).toBe(auditBefore);
  });

  it("are saved by an admin with an audit row naming each change, and shown by the public read", async () => {
    actAs(admin);
    await setOrganisation(form({ logo: PNG }));
    const audit = (await auditRows()).at(-1)!;
    expect(audit.actorId).toBe(admin.id);
    expect(audit.action).toBe("SETTING_CHANGED");
    const diff = audit.diff as Record<string, [unknown, unknown]>;
    expect(diff.name).toEqual(["", "Центр «Правозащита»"]);
    expect(diff.contact).toEqual(["", "corrections@example.org"]);
    // The audit keeps the logo's fingerprint and size, never the image itself.
    expect(diff.logo![0]).toBeNull();
    expect(diff.logo![1]).toMatchObject({ bytes: PNG.byteLength, type: "image/png" });
    expect(JSON.stringify(audit.diff)).not.toContain(PNG.toString("base64"));

    const shown = await getOrganisation();
    expect(shown).toMatchObject({ name: "Центр «Правозащита»", contact: "corrections@example.org" });
    expect(shown.logo?.type).toBe("image/png");
    const response = await logoRoute(new Request("http://habeas.test/api/organisation/logo"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it("write nothing, and no audit row, when saved unchanged", async () => {
    actAs(admin);
    const before = (await auditRows()).length;
    await setOrganisation(form());
    expect((await auditRows()).length).toBe(before);
  });

  it("refuse an SVG, a renamed text file and an oversized image, keeping the stored logo", async () => {
    actAs(admin);
    const before = (await auditRows()).length;
    const oversized = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    for (const logo of [SVG, Buffer.from("GIF89a not a png"), oversized]) {
      expect(await refusal(setOrganisation(form({ logo })))).toBe("INVALID_INPUT");
    }
    expect(await refusal(setOrganisation(form({ name: "x".repeat(121) })))).toBe("INVALID_INPUT");
    expect((await auditRows()).length).toBe(before);
    expect((await getOrganisation()).logo?.type).toBe("image/png");
  });

  it("remove the logo when asked, audited, and the logo route then answers 404", async () => {
    actAs(admin);
    await setOrganisation(form({ removeLogo: true }));
    const diff = (await auditRows()).at(-1)!.diff as Record<string, [unknown, unknown]>;
    expect(Object.keys(diff)).toEqual(["logo"]);
    expect(diff.logo![1]).toBeNull();
    expect((await getOrganisation()).logo).toBeNull();
    expect((await logoRoute(new Request("http://habeas.test/api/organisation/logo"))).status).toBe(404);
  });
});
