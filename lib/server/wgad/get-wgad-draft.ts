// Everything a WGAD submission draft of one case draws on, for staff only: the case (draft or published), its
// person, charges, stays, status history, facts and demands, every citation with its source, the organisation from
// Settings, and the confidential fields the author chose to include. The read and its audit row share a transaction.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { CONFIDENTIAL_CASE_OMIT, type ConfidentialCaseColumn } from "@/lib/db/confidential-columns";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RELATED_LIMIT } from "@/lib/server/cases/get-staff-case";
import { readOrganisationTexts } from "@/lib/server/internal/organisation-settings";
import { publicPersonSelect } from "@/lib/server/public/public-selects";
import { WGAD_INCLUDE, type TWgadQuery } from "@/lib/validations/wgad";

const citations = {
  orderBy: { id: "asc" },
  take: RELATED_LIMIT,
  select: {
    id: true,
    claim: true,
    quote: true,
    locator: true,
    source: {
      select: { id: true, title: true, publisher: true, publishedDate: true, publishedPrecision: true, url: true },
    },
    quotedSource: { select: { id: true, title: true } },
  },
} as const satisfies Prisma.Case$citationsArgs;

const draftInclude = {
  country: { select: { code: true, name: true } },
  person: {
    select: {
      // A person has no confidential column: the draft reads the same columns as the public page.
      ...publicPersonSelect,
      aliases: { orderBy: { name: "asc" }, take: RELATED_LIMIT, select: { id: true, name: true, script: true } },
      identifiers: {
        orderBy: [{ scheme: "asc" }, { value: "asc" }],
        take: RELATED_LIMIT,
        select: { id: true, scheme: true, value: true, url: true },
      },
      citations,
    },
  },
  citations,
  charges: {
    orderBy: { createdAt: "asc" },
    take: RELATED_LIMIT,
    select: { charge: { select: { id: true, article: true, description: true, citations } } },
  },
  // Newest first, as every read of stays orders them: the first is where the person is held now.
  stays: {
    orderBy: { sequence: "desc" },
    take: RELATED_LIMIT,
    select: {
      id: true,
      date: true,
      datePrecision: true,
      note: true,
      citations,
      place: {
        select: { id: true, name: true, kind: true, region: true, addressLocal: true, addressLatin: true, citations },
      },
    },
  },
  statusEvents: {
    orderBy: { sequence: "desc" },
    take: RELATED_LIMIT,
    select: { id: true, sequence: true, toStatus: true, date: true, datePrecision: true, note: true, citations },
  },
  facts: { orderBy: { sequence: "asc" }, take: RELATED_LIMIT, select: { id: true, text: true, citations } },
  demands: {
    orderBy: { id: "asc" },
    take: RELATED_LIMIT,
    select: { id: true, kind: true, description: true, targetAuthority: true, status: true, citations },
  },
} as const satisfies Prisma.CaseInclude;

export async function getWgadDraft(caseId: string, options: TWgadQuery) {
  const user = await requireUser();
  const included: ConfidentialCaseColumn[] = options.include.map((key) => WGAD_INCLUDE[key]);
  // Only the columns the author ticked come back from the database; the others stay omitted, as everywhere.
  const omit = { ...CONFIDENTIAL_CASE_OMIT, ...Object.fromEntries(included.map((column) => [column, false])) };
  return db.$transaction(async (tx) => {
    const row = await tx.case.findUnique({ where: { id: caseId }, omit, include: draftInclude });
    if (!row) throw new AppError("NOT_FOUND", "No such case.");
    // A deleted case is out of use (a duplicate, a mistake, a person's request): nothing is sent to the UN from it,
    // and the editor is told why rather than handed a draft that looks like any other.
    if (row.deletedAt)
      throw new AppError(
        "CONFLICT",
        "This case is deleted, so no submission draft is made from it. An administrator can restore it.",
      );
    const confidential: Partial<Record<ConfidentialCaseColumn, string>> = {};
    for (const column of included) {
      const value = (row as Partial<Record<ConfidentialCaseColumn, string | null>>)[column];
      if (value) confidential[column] = value;
    }
    const organisation = await readOrganisationTexts(tx);
    await writeAudit(tx, {
      actorId: user.id,
      action: "WGAD_DRAFT_GENERATED",
      entityType: "case",
      entityId: caseId,
      meta: { locale: options.locale, includedConfidentialFields: included },
    });
    return {
      ...withoutConfidential(row),
      confidential,
      included,
      organisation: { name: organisation.name, contact: organisation.contact },
      generatedAt: new Date(),
    };
  });
}

/** The row without any confidential column, so only `confidential` (what the author asked for) carries them. */
function withoutConfidential<T extends object>(row: T): Omit<T, ConfidentialCaseColumn> {
  const copy = { ...row } as Record<string, unknown>;
  for (const column of Object.keys(CONFIDENTIAL_CASE_OMIT)) delete copy[column];
  return copy as Omit<T, ConfidentialCaseColumn>;
}

export type WgadDraft = Awaited<ReturnType<typeof getWgadDraft>>;
export type WgadCitation = WgadDraft["citations"][number];
