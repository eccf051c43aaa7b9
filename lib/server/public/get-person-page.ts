// Everything the public page of one person shows: only published cases, only public columns.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statusesAsOf } from "@/lib/status-time/as-of";
import { PUBLISHED } from "@/lib/cases/published";
import { withholdPostalDetails } from "@/lib/letters/withhold-postal-details";
import { publicCaseSelect, publicCitationSelect, publicPersonSelect, publicPlaceSelect } from "./public-selects";

const citations = { select: publicCitationSelect, orderBy: { id: "asc" } } as const;

/** What the person's page shows, for the cases `caseWhere` picks. The reviewers' preview of a draft uses the same
 *  select with its own case, so it shows exactly what publishing would show. */
export function personPageSelect(caseWhere: Prisma.CaseWhereInput) {
  return {
    ...publicPersonSelect,
    aliases: { select: { id: true, name: true, script: true, kind: true, origin: true }, orderBy: { name: "asc" } },
    identifiers: {
      select: { id: true, scheme: true, value: true, url: true },
      orderBy: [{ scheme: "asc" }, { value: "asc" }],
    },
    citations,
    cases: {
      where: caseWhere,
      orderBy: { createdAt: "asc" },
      select: {
        ...publicCaseSelect,
        citations,
        charges: {
          select: { charge: { select: { id: true, article: true, description: true, citations } } },
          orderBy: { createdAt: "asc" },
        },
        statusEvents: {
          orderBy: { sequence: "desc" },
          select: {
            id: true,
            fromStatus: true,
            toStatus: true,
            date: true,
            datePrecision: true,
            note: true,
            citations,
          },
        },
        facts: { orderBy: { sequence: "asc" }, select: { id: true, text: true, citations } },
        // Newest first: the first stay is where the person is held now (lib/places/current-stay.ts).
        stays: {
          orderBy: { sequence: "desc" },
          select: {
            id: true,
            date: true,
            datePrecision: true,
            note: true,
            citations,
            place: { select: publicPlaceSelect },
          },
        },
        // Not a public fact: it hides the letter-writing pack and the place's address (withholdPostalDetails).
        lettersNotAdvised: true,
        demands: {
          orderBy: { id: "asc" },
          select: {
            id: true,
            kind: true,
            description: true,
            targetAuthority: true,
            status: true,
            lawId: true,
            citations,
          },
        },
      },
    },
  } satisfies Prisma.PersonSelect;
}

export async function getPersonPage(slug: string) {
  const person = await db.person.findFirst({
    where: { slug, cases: { some: PUBLISHED } },
    select: personPageSelect(PUBLISHED),
  });
  if (!person) return null;
  // When each current status began, or which source last reported it: derived from the event's sources.
  const times = await statusesAsOf(person.cases.map((c) => c.id));
  return {
    ...person,
    cases: person.cases.map((c) => ({ ...withholdPostalDetails(c), statusTime: times.get(c.id) ?? null })),
  };
}

export type PersonPage = NonNullable<Awaited<ReturnType<typeof getPersonPage>>>;
