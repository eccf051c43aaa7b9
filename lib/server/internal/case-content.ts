// Everything the public would see of one case once it is public: the person's page with this case, and the
// consent status the reviewer is shown beside it. Used for the reviewers' preview and the submission fingerprint.
import type { Prisma } from "@/lib/generated/prisma/client";
import { withholdPostalDetails } from "@/lib/letters/withhold-postal-details";
import { statusesAsOf } from "@/lib/status-time/as-of";
import { personPageSelect } from "../public/get-person-page";

export async function loadCaseContent(tx: Prisma.TransactionClient, caseId: string) {
  const found = await tx.case.findUnique({ where: { id: caseId }, select: { personId: true, consentStatus: true } });
  if (!found) return null;
  const person = await tx.person.findUnique({
    where: { id: found.personId },
    select: personPageSelect({ id: caseId }),
  });
  if (!person) return null;
  const times = await statusesAsOf([caseId], undefined, tx);
  return {
    person: {
      ...person,
      cases: person.cases.map((c) => ({ ...withholdPostalDetails(c), statusTime: times.get(c.id) ?? null })),
    },
    consentStatus: found.consentStatus,
  };
}

export type CaseContent = NonNullable<Awaited<ReturnType<typeof loadCaseContent>>>;
