// The report dates status_event_time reads from the event row are kept by triggers: adding, moving or
// removing a citation of the event, or changing its source's publication date, moves them at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { createCase, deleteTestCase } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const LATER = "src-test-report-dates-later";
let made: Awaited<ReturnType<typeof createCase>>;
let eventId: string;
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

async function times() {
  const [row] = await db.$queryRaw<{ first: Date | null; last: Date | null; known: Date | null }[]>`
    SELECT first_reported_by AS first, last_reported_on AS last, known_from AS known
    FROM status_event_time WHERE status_event_id = ${eventId}`;
  return row!;
}

beforeAll(async () => {
  // The factory cites the seed's statement of 10 April 2025 for the event; its start is not known.
  made = await createCase(db);
  eventId = (await db.statusEvent.findFirstOrThrow({ where: { caseId: made.caseId }, select: { id: true } })).id;
  await db.source.create({
    data: {
      id: LATER,
      title: "Report dates test source",
      kind: "NEWS_ARTICLE",
      publishedDate: utc("2025-06-01"),
      publishedPrecision: "MONTH",
    },
  });
});
afterAll(async () => {
  await deleteTestCase(db, made);
  await db.source.deleteMany({ where: { id: LATER } });
  await db.$disconnect();
});

describe("status event report dates", () => {
  it("follow the event's citations and their sources' dates, in the same transaction", async () => {
    expect(await times()).toEqual({ first: utc("2025-04-10"), last: utc("2025-04-10"), known: utc("2025-04-10") });

    const citation = await db.citation.create({
      data: { sourceId: LATER, statusEventId: eventId, quote: "later report", claim: "status" },
    });
    // A month-precise report is known by the month's last day, and began on its first.
    expect(await times()).toEqual({ first: utc("2025-04-10"), last: utc("2025-06-01"), known: utc("2025-04-10") });

    await db.source.update({
      where: { id: LATER },
      data: { publishedDate: utc("2025-01-01"), publishedPrecision: "YEAR" },
    });
    expect(await times()).toEqual({ first: utc("2025-04-10"), last: utc("2025-04-10"), known: utc("2025-04-10") });
    await db.source.update({
      where: { id: LATER },
      data: { publishedDate: utc("2024-03-01"), publishedPrecision: "DAY" },
    });
    expect(await times()).toEqual({ first: utc("2024-03-01"), last: utc("2025-04-10"), known: utc("2024-03-01") });

    // Moved to the case, the citation no longer reports the event.
    await db.citation.update({ where: { id: citation.id }, data: { statusEventId: null, caseId: made.caseId } });
    expect(await times()).toEqual({ first: utc("2025-04-10"), last: utc("2025-04-10"), known: utc("2025-04-10") });

    await db.citation.deleteMany({ where: { statusEventId: eventId } });
    expect(await times()).toEqual({ first: null, last: null, known: null });
  });
});
