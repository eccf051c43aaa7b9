// People whose name or alias is close to a new name, drafts included, to warn before a duplicate is created.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { possibleDuplicates, type PossibleDuplicate } from "../internal/possible-duplicates";

export type { PossibleDuplicate };

export async function findPossibleDuplicates(name: string, countryCode?: string): Promise<PossibleDuplicate[]> {
  await requireUser();
  return possibleDuplicates(db, name, countryCode);
}
