// One case as staff see it: drafts, deleted cases and confidential fields included.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { WITH_CONFIDENTIAL_CASE } from "@/lib/db/confidential-columns";

/** How many of each related record the editor lists; the record lists hold the rest. */
export const RELATED_LIMIT = 100;

export async function getStaffCase(caseId: string) {
  await requireUser();
  return db.case.findUnique({
    where: { id: caseId },
    omit: WITH_CONFIDENTIAL_CASE,
    include: {
      person: {
        select: {
          id: true,
          slug: true,
          fullName: true,
          roles: true,
          aliases: { orderBy: { name: "asc" }, take: RELATED_LIMIT, select: { id: true, name: true } },
        },
      },
      // The records the case editor lists, each with its edit and remove links; bounded like every list.
      charges: {
        take: RELATED_LIMIT,
        select: { charge: { select: { id: true, description: true, article: true } } },
      },
      demands: {
        orderBy: { createdAt: "asc" },
        take: RELATED_LIMIT,
        select: { id: true, kind: true, description: true, targetAuthority: true },
      },
      facts: { orderBy: { sequence: "asc" }, take: RELATED_LIMIT, select: { id: true, text: true } },
      citations: {
        orderBy: { createdAt: "asc" },
        take: RELATED_LIMIT,
        select: { id: true, claim: true, quote: true, source: { select: { title: true } } },
      },
      // Newest first, as the public page shows them: the first is where the person is held now.
      stays: {
        orderBy: { sequence: "desc" },
        take: RELATED_LIMIT,
        select: { id: true, date: true, datePrecision: true, place: { select: { name: true } } },
      },
      country: { select: { code: true, name: true } },
      consentBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      statusEvents: {
        orderBy: { sequence: "desc" },
        select: { id: true, fromStatus: true, toStatus: true, date: true, datePrecision: true, note: true },
      },
    },
  });
}

export type StaffCase = NonNullable<Awaited<ReturnType<typeof getStaffCase>>>;
