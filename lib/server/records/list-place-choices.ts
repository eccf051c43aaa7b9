// The places a stay of this case may name: those of the case's country, by name, for the stay form's list.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** A country's places are few (its prisons and colonies); the list is still bounded. */
const LIMIT = 1000;

export async function listPlaceChoices(caseId: string) {
  await requireUser();
  const found = await db.case.findUnique({ where: { id: caseId }, select: { countryCode: true } });
  if (!found) return [];
  return db.place.findMany({
    where: { countryCode: found.countryCode },
    orderBy: { name: "asc" },
    take: LIMIT,
    select: { id: true, name: true, region: true },
  });
}
