// Exchange between instances, on the real database: published cases leave one database as an exchange file and
// arrive in an empty one through the import's dry run, batch and review, with the same published records by
// fingerprint; nothing confidential or unpublished is ever in the file; a bad file is refused with a clear 4xx and
// writes nothing; importing the same file again changes nothing. Places of detention travel with the cases held
// there: each stay with its citations, each place it names with its names, addresses and citations.
//
// The empty database is this file's own: the application's client (and so the data layer, the session and the
// review) points at it, while the seeded database of the run is the exporting instance, read with its own client.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/import/route";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { targetFor } from "@/lib/db/target";
import { ZExchangeFileSchema } from "@/lib/exchange/schema";
import { checkImport } from "@/lib/server/import/check-import";
import { runImport } from "@/lib/server/import/run-import";
import { exchangeChunks } from "@/lib/server/export-data/exchange-stream";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";
import { publishedFingerprint } from "../support/published-fingerprint";
import { env } from "@/lib/env";

const CANARY = "CANARY9X2EXCH";
const COUNTRY = { code: "XE", name: "Exchangeland" };
const INSTANCE = "https://a.habeas.test";
const tag = randomBytes(4).toString("hex");

let dbA: Db;
let target: TestDatabase;
let dbB: Db;
let editor: TestUser;
let reviewer: TestUser;
let file: Uint8Array;
const madeA: { personIds: string[]; caseIds: string[]; sourceIds: string[]; chargeIds: string[]; placeIds: string[] } =
  { personIds: [], caseIds: [], sourceIds: [], chargeIds: [], placeIds: [] };
type Stay = { placeId: string; date?: Date; datePrecision?: "DAY" | "MONTH" | "YEAR"; note?: string };

async function source(label: string, extra: { text?: string } = {}) {
  const s = await dbA.source.create({
    data: {
      title: `${label} ${tag}`,
      publisher: "Exchange Test NGO",
      authors: ["A. Writer"],
      url: `https://example.org/exchange/${label}-${tag}`,
      kind: "NGO_STATEMENT",
      publishedDate: new Date("2025-04-10T00:00:00Z"),
      publishedPrecision: "DAY",
      ...extra,
    },
  });
  madeA.sourceIds.push(s.id);
  return s.id;
}

/** A person with one case in the exchange test country; `secret` goes into every confidential field. */
async function makeCase(opts: {
  name: string;
  visibility: "PUBLISHED" | "DRAFT";
  deleted?: boolean;
  sourceId: string;
  quotedSourceId?: string;
  chargeId: string;
  secret: string;
  released?: boolean;
  stays?: Stay[];
}) {
  const { sourceId } = opts;
  const cite = (claim: string, quote = `${claim} of ${opts.name}`) => ({ sourceId, claim, quote });
  const person = await dbA.person.create({
    data: {
      slug: `exchange-${randomBytes(4).toString("hex")}`,
      fullName: opts.name,
      searchName: opts.name.toLowerCase(),
      roles: ["JOURNALIST", "BLOGGER"],
      biography: `Biography of ${opts.name}`,
      gender: "FEMALE",
      birthYear: 1980,
      aliases: {
        create: [
          { name: `Алиас ${opts.name.slice(0, 8)}`, searchName: "alias", script: "CYRILLIC", kind: "NATIVE_SPELLING" },
        ],
      },
      identifiers: { create: [{ scheme: "CPJ", value: `cpj-${randomBytes(4).toString("hex")}`, searchName: "cpj" }] },
      citations: {
        create: [
          cite("roles"),
          cite("biography"),
          cite("gender"),
          cite("birthYear"),
          cite(`alias: Алиас ${opts.name.slice(0, 8)}`),
        ],
      },
    },
  });
  const events = opts.released
    ? [{ toStatus: "RELEASED" as const, sequence: 1, note: null, citations: { create: [cite("status")] } }]
    : [
        {
          toStatus: "DETAINED_PRE_TRIAL" as const,
          date: new Date("2024-03-05T00:00:00Z"),
          datePrecision: "DAY" as const,
          sequence: 1,
          note: "Arrested at home",
          citations: { create: [cite("status", `arrested ${opts.name}`)] },
        },
        {
          fromStatus: "DETAINED_PRE_TRIAL" as const,
          toStatus: "IMPRISONED" as const,
          date: new Date("2024-11-01T00:00:00Z"),
          datePrecision: "MONTH" as const,
          sequence: 2,
          note: null,
          citations: {
            create: [
              { ...cite("status", `sentenced ${opts.name}`), quotedSourceId: opts.quotedSourceId, locator: "p. 2" },
            ],
          },
        },
      ];
  const created = await dbA.case.create({
    data: {
      personId: person.id,
      countryCode: COUNTRY.code,
      status: opts.released ? "RELEASED" : "IMPRISONED",
      statusSince: opts.released ? null : new Date("2024-11-01T00:00:00Z"),
      statusSincePrecision: opts.released ? "UNKNOWN" : "MONTH",
      arrestDate: new Date("2024-01-01T00:00:00Z"),
      arrestPrecision: "YEAR",
      sentence: "7 years",
      facility: "Colony No. 3",
      visibility: opts.visibility,
      deletedAt: opts.deleted ? new Date() : null,
      consentStatus: "YES",
      internalNotes: opts.secret,
      contactDetails: opts.secret,
      familyDetails: opts.secret,
      riskNote: opts.secret,
      citations: { create: [cite("country"), cite("sentence"), cite("facility"), cite("arrestDate")] },
      statusEvents: { create: events },
      charges: { create: [{ chargeId: opts.chargeId }] },
      demands: {
        create: [
          {
            kind: "RELEASE",
            description: `Release ${opts.name}`,
            targetAuthority: "The authorities of Exchangeland",
            countryCode: COUNTRY.code,
            citations: { create: [cite("demand")] },
          },
        ],
      },
      facts: { create: [{ text: `Threatened, ${opts.name}`, sequence: 1, citations: { create: [cite("fact")] } }] },
      stays: {
        create: (opts.stays ?? []).map((stay, i) => ({
          ...stay,
          note: stay.note ?? null,
          sequence: i + 1,
          citations: { create: [cite("stay", `held ${opts.name} at ${i + 1}`)] },
        })),
      },
    },
  });
  madeA.personIds.push(person.id);
  madeA.caseIds.push(created.id);
  return created;
}

/** A place of detention in the test country, every field filled and cited under its claim, with a Cyrillic name. */
async function place(label: string, sourceId: string) {
  const name = `${label} ${tag}`;
  const cite = (claim: string) => ({ sourceId, claim, quote: `${claim} of ${name}` });
  const created = await dbA.place.create({
    data: {
      slug: `exchange-place-${randomBytes(4).toString("hex")}`,
      name,
      kind: "PENAL_COLONY",
      countryCode: COUNTRY.code,
      region: "North Region",
      addressLocal: `ул. Лагерная, 3, ${label}`,
      addressLatin: `ul. Lagernaya, 3, ${label}`,
      letterRules: "Letters in Russian only",
      letterNeedsBirthYear: true,
      notes: `Notes on ${label}`,
      names: { create: [{ name: `Колония ${tag}`, script: "CYRILLIC" }] },
      citations: {
        create: ["name", "kind", "country", "region", "address", "letterRules", "notes", `name: Колония ${tag}`].map(
          cite,
        ),
      },
    },
  });
  madeA.placeIds.push(created.id);
  return created.id;
}

async function exportA(): Promise<string> {
  let text = "";
  for await (const chunk of exchangeChunks(dbA, { country: COUNTRY.code, siteUrl: INSTANCE })) text += chunk;
  return text;
}

async function countsB() {
  const [cases, people, sources, citations, changes, audit, batches, identifiers, places, stays] = await Promise.all([
    dbB.case.count(),
    dbB.person.count(),
    dbB.source.count(),
    dbB.citation.count(),
    dbB.changeRequest.count(),
    dbB.auditLog.count(),
    dbB.importBatch.count(),
    dbB.externalIdentifier.count(),
    dbB.place.count(),
    dbB.placeStay.count(),
  ]);
  return { cases, people, sources, citations, changes, audit, batches, identifiers, places, stays };
}

/** A copy of an exported case as another person, so that it matches nothing here and imports as new. */
type FileCase = {
  url: string;
  status: string;
  person: { fullName: string; slug: string; identifiers: unknown[]; aliases: unknown[] };
  stays: { place: string }[];
};

const imprisonedIn = (parsed: { cases: FileCase[] }) => parsed.cases.find((c) => c.status === "IMPRISONED")!;

/** A copy of an exported case as another person, so that it matches nothing here and imports as new. */
function freshCase(c: FileCase, label: string): FileCase {
  const copy = structuredClone(c);
  copy.url = `${INSTANCE}/en/cases/${label}-${tag}`;
  copy.person.fullName = `Exa ${label} ${tag}`;
  copy.person.slug = `exa-${label}-${tag}`;
  copy.person.identifiers = [];
  copy.person.aliases = [];
  return copy;
}

function upload(bytes: Uint8Array | string, name = "exchange.json", mode = "check") {
  const form = new FormData();
  form.set(
    "file",
    new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type: "application/json" }),
  );
  form.set("mode", mode);
  // The route takes a POST only from the configured site's origin.
  const site = new URL(env().SITE_URL);
  return importRoute(
    new Request(`${site.origin}/api/import`, {
      method: "POST",
      headers: { origin: site.origin, host: site.host },
      body: form,
    }),
  );
}

beforeAll(async () => {
  // The run's seeded database, read before this file's own becomes the application's.
  dbA = createPrismaClient(
    targetFor({ DATABASE_URL: process.env.DATABASE_URL, PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? "" }),
  );
  target = await createTestDatabase("exchange");
  await applyMigrations(target.target, migrationsDir);
  Object.assign(process.env, target.env);
  dbB = createPrismaClient(target.target);
  for (const db of [dbA, dbB]) await db.country.upsert({ where: { code: COUNTRY.code }, create: COUNTRY, update: {} });
  editor = await createTestUser(dbB);
  reviewer = await createTestUser(dbB);

  const statement = await source("Exchange statement");
  const quoted = await source("Quoted UN opinion");
  const secretSource = await source(`${CANARY} draft-only source`, { text: CANARY });
  const charge = await dbA.charge.create({
    data: { countryCode: COUNTRY.code, article: "Art. 278", description: "Calls to mass unrest" },
  });
  madeA.chargeIds.push(charge.id);
  await dbA.citation.create({
    data: { sourceId: statement, chargeId: charge.id, claim: "charge", quote: "Article 278" },
  });
  const common = { chargeId: charge.id, sourceId: statement, secret: CANARY };
  const prison = await place("Exa Pre-trial Prison", statement);
  const colony = await place("Exa Colony", quoted);
  // Public like every place, but held only by hidden cases, so no exported stay names it and the file leaves it out.
  const hiddenOnly = await place(`${CANARY} Hidden Colony`, secretSource);
  await makeCase({
    ...common,
    name: `Exa Imprisoned ${tag}`,
    visibility: "PUBLISHED",
    quotedSourceId: quoted,
    stays: [
      { placeId: prison, date: new Date("2024-03-05T00:00:00Z"), datePrecision: "DAY" },
      { placeId: colony, date: new Date("2024-12-01T00:00:00Z"), datePrecision: "MONTH", note: "Transferred" },
    ],
  });
  await makeCase({
    ...common,
    name: `Exa Released ${tag}`,
    visibility: "PUBLISHED",
    released: true,
    stays: [{ placeId: prison }],
  });
  const hiddenStays = [{ placeId: hiddenOnly, note: `${CANARY} stay note` }, { placeId: prison }];
  await makeCase({
    ...common,
    name: `${CANARY} Draft ${tag}`,
    visibility: "DRAFT",
    sourceId: secretSource,
    stays: hiddenStays,
  });
  await makeCase({
    ...common,
    name: `${CANARY} Deleted ${tag}`,
    visibility: "PUBLISHED",
    deleted: true,
    sourceId: secretSource,
    stays: hiddenStays,
  });
  file = new TextEncoder().encode(await exportA());
}, 120_000);

afterAll(async () => {
  await dbA.citation.deleteMany({
    where: {
      OR: [
        { personId: { in: madeA.personIds } },
        { case: { id: { in: madeA.caseIds } } },
        { statusEvent: { caseId: { in: madeA.caseIds } } },
        { demand: { caseId: { in: madeA.caseIds } } },
        { caseFact: { caseId: { in: madeA.caseIds } } },
        { chargeId: { in: madeA.chargeIds } },
        { placeStay: { caseId: { in: madeA.caseIds } } },
        { placeId: { in: madeA.placeIds } },
      ],
    },
  });
  await dbA.placeStay.deleteMany({ where: { caseId: { in: madeA.caseIds } } });
  await dbA.place.deleteMany({ where: { id: { in: madeA.placeIds } } });
  await dbA.caseCharge.deleteMany({ where: { caseId: { in: madeA.caseIds } } });
  await dbA.charge.deleteMany({ where: { id: { in: madeA.chargeIds } } });
  await dbA.demand.deleteMany({ where: { caseId: { in: madeA.caseIds } } });
  await dbA.caseFact.deleteMany({ where: { caseId: { in: madeA.caseIds } } });
  await dbA.statusEvent.deleteMany({ where: { caseId: { in: madeA.caseIds } } });
  await dbA.case.deleteMany({ where: { id: { in: madeA.caseIds } } });
  await dbA.person.deleteMany({ where: { id: { in: madeA.personIds } } });
  await dbA.source.deleteMany({ where: { id: { in: madeA.sourceIds } } });
  await dbA.country.deleteMany({ where: { code: COUNTRY.code } });
  await dbA.$disconnect();
  await dbB.$disconnect();
  await target.drop();
});

describe("exchange between instances", () => {
  it("exports the published cases, in the documented format, with nothing confidential or unpublished", async () => {
    const text = new TextDecoder().decode(file);
    expect(text).not.toContain(CANARY);
    const parsed = ZExchangeFileSchema.parse(JSON.parse(text));
    expect(parsed).toMatchObject({ format: "habeas-exchange", version: 2, instance: INSTANCE, country: "XE" });
    expect(parsed.cases.map((c) => c.person.fullName).sort()).toEqual([`Exa Imprisoned ${tag}`, `Exa Released ${tag}`]);
    const imprisoned = parsed.cases.find((c) => c.status === "IMPRISONED")!;
    expect(imprisoned.statusEvents.map((e) => [e.toStatus, e.since])).toEqual([
      ["DETAINED_PRE_TRIAL", { date: "2024-03-05", precision: "DAY" }],
      ["IMPRISONED", { date: "2024-11", precision: "MONTH" }],
    ]);
    expect(parsed.sources.map((s) => s.title).sort()).toEqual([
      `Exchange statement ${tag}`,
      `Quoted UN opinion ${tag}`,
    ]);
    // The stays oldest first, each naming a place the file carries; only the places exported stays name.
    const placeName = new Map(parsed.places.map((p) => [p.id, p.name]));
    expect(imprisoned.stays.map((s) => [placeName.get(s.place), s.since, s.note, s.citations.length])).toEqual([
      [`Exa Pre-trial Prison ${tag}`, { date: "2024-03-05", precision: "DAY" }, null, 1],
      [`Exa Colony ${tag}`, { date: "2024-12", precision: "MONTH" }, "Transferred", 1],
    ]);
    expect(parsed.places.map((p) => p.name).sort()).toEqual([`Exa Colony ${tag}`, `Exa Pre-trial Prison ${tag}`]);
    const colony = parsed.places.find((p) => p.name.startsWith("Exa Colony"))!;
    expect(colony).toMatchObject({
      kind: "PENAL_COLONY",
      country: COUNTRY,
      region: "North Region",
      addressLatin: "ul. Lagernaya, 3, Exa Colony",
      letterNeedsBirthYear: true,
      names: [{ name: `Колония ${tag}`, script: "CYRILLIC" }],
    });
    expect(colony.citations.map((c) => c.claim).sort()).toEqual(
      ["address", "country", "kind", "letterRules", `name: Колония ${tag}`, "name", "notes", "region"].sort(),
    );
  });

  it("checks the file in the empty database without writing anything", async () => {
    actAs(editor);
    const before = await countsB();
    const report = await checkImport(file, "exchange.json");
    expect(await countsB()).toEqual(before);
    expect(report.format).toBe("exchange");
    expect(report.counts).toMatchObject({ new: 2, invalid: 0 });
  });

  it("imports into one private batch; once another editor approves it the published records are the same", async () => {
    actAs(editor);
    const outcome = await runImport(file, "exchange.json", { requestPublication: true });
    expect(outcome.result?.summary).toMatchObject({ created: 2, publicationRequests: 2 });
    expect(await publishedFingerprint(dbB, COUNTRY.code)).toEqual([]);
    const requests = await dbB.changeRequest.findMany({ where: { importBatchId: outcome.result!.batchId! } });
    expect(requests).toHaveLength(2);
    actAs(reviewer);
    for (const r of requests) expect(await approveChange(dbB, r.id)).toEqual({ state: "APPROVED" });

    const fromOrigin = (value: string) => value.startsWith(`${INSTANCE}/`);
    const original = await publishedFingerprint(dbA, COUNTRY.code);
    expect(
      original.map((c) => [c.statusEvents.length, c.charges.length, c.demands.length, c.facts.length, c.stays.length]),
    ).toEqual([
      [2, 1, 1, 1, 2],
      [1, 1, 1, 1, 1],
    ]);
    expect(await publishedFingerprint(dbB, COUNTRY.code, fromOrigin)).toEqual(original);
    // Provenance: each person names the record it came from, and the batch and its audit the instance.
    const people = await dbB.person.findMany({
      where: { cases: { some: { countryCode: COUNTRY.code } } },
      select: { identifiers: { where: { scheme: "OTHER" }, select: { value: true, url: true } } },
    });
    for (const p of people)
      expect(p.identifiers).toEqual([
        { value: expect.stringMatching(/^https:\/\/a\.habeas\.test\/en\/cases\//), url: expect.any(String) },
      ]);
    const batch = await dbB.importBatch.findUniqueOrThrow({ where: { id: outcome.result!.batchId! } });
    expect(batch).toMatchObject({ format: "exchange", summary: expect.objectContaining({ instance: INSTANCE }) });
    expect(await dbB.auditLog.count({ where: { action: "IMPORT_RUN", entityId: batch.id, actorId: editor.id } })).toBe(
      1,
    );
  });

  it("changes nothing when the same file is imported again", async () => {
    actAs(editor);
    const before = await countsB();
    const again = await runImport(file, "exchange.json", { requestPublication: true });
    expect(again.report.counts).toMatchObject({ unchanged: 2, new: 0, update: 0 });
    expect(again.result).toEqual({ batchId: null, summary: expect.objectContaining({ created: 0, proposed: 0 }) });
    expect(await countsB()).toEqual(before);
  });

  it("refuses a bad file with a clear 4xx and writes nothing", async () => {
    actAs(editor);
    const before = await countsB();
    const text = new TextDecoder().decode(file);
    const cases: [string, string | Uint8Array, number, string][] = [
      ["wrong version", text.replace('"version":2', '"version":3'), 422, "exchangeVersion"],
      ["invalid JSON", text.slice(0, 200), 422, "badJson"],
      ["prototype key", text.replace('"cases":[{', '"cases":[{"__proto__":{"polluted":true},'), 422, "forbiddenKey"],
      ["constructor key", text.replace('{"format"', '{"constructor":{"prototype":{}},"format"'), 422, "forbiddenKey"],
      ["not an exchange file", '{"hello":"world"}', 422, "notExchange"],
      ["oversized", new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20), 422, "tooBig"],
    ];
    for (const [label, body, status, problem] of cases) {
      for (const mode of ["check", "import"]) {
        const response = await upload(body, "exchange.json", mode);
        expect(response.status, label).toBe(status);
        expect((await response.json()).error.problem, label).toBe(problem);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await countsB()).toEqual(before);
  });

  it("names each bad case by its position and field, and imports none of the file", async () => {
    actAs(editor);
    const before = await countsB();
    const parsed = JSON.parse(new TextDecoder().decode(file));
    parsed.cases[1].statusEvents[0].since = { date: "2024-13", precision: "MONTH" };
    parsed.cases[0].citations[0].source = "missing-source";
    parsed.cases[0].stays[0].place = "missing-place";
    const bytes = new TextEncoder().encode(JSON.stringify(parsed));
    const outcome = await runImport(bytes, "bad.json", {});
    expect(outcome.result).toBeNull();
    expect(outcome.report.problems).toEqual([
      { row: 1, column: "citations.0.source", code: "unknownSource", params: { value: "missing-source" } },
      { row: 1, column: "stays.0.place", code: "unknownPlace", params: { value: "missing-place" } },
      { row: 2, column: "statusEvents.0.since", code: "invalid" },
    ]);
    expect(await countsB()).toEqual(before);
  });

  it("refuses, per case, a stay in a place outside the case's country, and writes none of the file", async () => {
    actAs(editor);
    const before = await countsB();
    const parsed = JSON.parse(new TextDecoder().decode(file));
    const fresh = freshCase(imprisonedIn(parsed), "elsewhere");
    const moved = parsed.places.find((p: { id: string }) => p.id === fresh.stays[0]!.place);
    moved.country = { code: "KG", name: "Kyrgyzstan" };
    parsed.cases = [fresh];
    const outcome = await runImport(new TextEncoder().encode(JSON.stringify(parsed)), "elsewhere.json", {});
    expect(outcome.result).toBeNull();
    expect(outcome.report.problems).toEqual([
      { row: 1, column: "stays.0.place", code: "placeOutsideCountry", params: { value: moved.name } },
    ]);
    expect(await countsB()).toEqual(before);
  });

  it("matches a place by country and name, whatever the file calls it, and creates no second one", async () => {
    actAs(editor);
    const parsed = JSON.parse(new TextDecoder().decode(file));
    const fresh = freshCase(imprisonedIn(parsed), "matched");
    // Another instance's key for the same prison: only the country and the name decide.
    for (const p of parsed.places) p.id = `other-${p.id}`;
    for (const s of fresh.stays) s.place = `other-${s.place}`;
    parsed.cases = [fresh];
    const before = await countsB();
    const bytes = new TextEncoder().encode(JSON.stringify(parsed));
    const outcome = await runImport(bytes, "matched.json", { createDuplicates: true });
    expect(outcome.result?.summary).toMatchObject({ created: 1 });
    const after = await countsB();
    expect(after.places).toBe(before.places);
    expect(after.stays).toBe(before.stays + 2);
    const stays = await dbB.placeStay.findMany({
      where: { case: { person: { fullName: fresh.person.fullName } } },
      orderBy: { sequence: "asc" },
      select: { place: { select: { name: true } } },
    });
    expect(stays.map((s) => s.place.name)).toEqual([`Exa Pre-trial Prison ${tag}`, `Exa Colony ${tag}`]);
    const audits = await dbB.auditLog.findMany({
      where: { action: "RECORD_CREATED", entityType: "place" },
      select: { meta: true },
    });
    // Created once, by the first import, and audited with its batch and instance.
    expect(audits).toHaveLength(2);
    for (const a of audits) expect(a.meta).toMatchObject({ instance: INSTANCE, importBatchId: expect.any(String) });
  });

  it("still imports a version 1 file, which has no places or stays, and refuses stays in it", async () => {
    actAs(editor);
    const before = await countsB();
    const parsed = JSON.parse(new TextDecoder().decode(file));
    parsed.version = 1;
    delete parsed.places;
    for (const c of parsed.cases) delete c.stays;
    const report = await checkImport(new TextEncoder().encode(JSON.stringify(parsed)), "v1.json");
    expect(report.counts).toMatchObject({ unchanged: 2, invalid: 0 });
    parsed.cases[0].stays = [];
    const refused = await checkImport(new TextEncoder().encode(JSON.stringify(parsed)), "v1-stays.json");
    expect(refused.problems).toEqual([{ row: 1, column: null, code: "unknownField" }]);
    expect(await countsB()).toEqual(before);
  });
});
