// One case as staff see it: drafts, deleted cases and confidential fields included.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { WITH_CONFIDENTIAL_CASE } from "@/lib/db/confidential-columns";

export async function getStaffCase(caseId: string) {
  await requireUser();
  return db.case.findUnique({
    where: { id: caseId },
    omit: WITH_CONFIDENTIAL_CASE,
    include: {
      person: { select: { id: true, slug: true, fullName: true, roles: true } },
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
