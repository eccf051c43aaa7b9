// The team's settings as staff see them.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isFourEyesOn } from "../internal/four-eyes";

export async function getSettings(): Promise<{ fourEyes: boolean }> {
  await requireUser();
  return { fourEyes: await isFourEyesOn(db) };
}
