// Small reads and helpers that several record handlers share.
import { randomBytes } from "node:crypto";
import { PUBLISHED } from "@/lib/cases/published";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/format/slug";
import type { Tx } from "./handler";

export const personIsPublic = async (tx: Tx, personId: string | undefined | null) =>
  !!personId && (await tx.case.count({ where: { personId, ...PUBLISHED } })) > 0;

export const caseIsPublic = async (tx: Tx, caseId: string | undefined | null) =>
  !!caseId && (await tx.case.count({ where: { id: caseId, ...PUBLISHED } })) > 0;

/** The case a person's records are reviewed and audited under: their first. */
export const firstCaseOf = async (tx: Tx, personId: string) =>
  (await tx.case.findFirst({ where: { personId }, orderBy: { createdAt: "asc" }, select: { id: true } }))?.id ?? null;

/** The named columns of a row, as the record form shows them; a missing one reads as null. */
export function pick<T extends object, K extends keyof T & string>(
  row: T,
  names: readonly K[],
): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, row[name] ?? null]));
}

/** A slug from the name, with a random tail when `taken` says the plain one is in use. */
export async function uniqueSlug(name: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(name, "record");
  return (await taken(base)) ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null)
    throw new AppError("INVALID_INPUT", `Missing ${what}.`, { fieldErrors: { form: ["invalid"] } });
  return value;
}
