// Creates a person and their case as a draft, with the first status and the source that supports it.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ZCaseCreateSchema } from "@/lib/validations/case";
import { createCaseIn } from "../internal/create-case-in";

export async function createCase(raw: unknown): Promise<{ caseId: string; quoteFound: boolean | null }> {
  const signedIn = await requireUser();
  const input = ZCaseCreateSchema.parse(raw);
  return db.$transaction((tx) => createCaseIn(tx, input, signedIn.id));
}
