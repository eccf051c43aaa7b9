// Changes waiting for review, with the evidence a reviewer needs: who proposed them, the cited sources, the record
// as it stands, for a publication a preview of the public page, and the fingerprint the approval must name.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isRecordProposal, readChangeProposal } from "@/lib/validations/change-request";
import { loadCaseContent, type CaseContent } from "../internal/case-content";
import { PUBLIC_CASE_FIELDS } from "../internal/case-fields";
import { changeFingerprint } from "../internal/change-fingerprint";
import { withEvidence } from "../internal/pending-change-evidence";
import { RECORD_HANDLERS } from "../internal/record-handlers";

const changeSelect = {
  id: true,
  kind: true,
  entityType: true,
  entityId: true,
  caseId: true,
  payload: true,
  contentHash: true,
  createdAt: true,
  createdById: true,
  createdBy: { select: { name: true } },
  case: {
    select: {
      id: true,
      status: true,
      visibility: true,
      consentStatus: true,
      person: { select: { fullName: true, slug: true } },
    },
  },
} as const;

const PUBLIC_FIELD_SELECT = Object.fromEntries(PUBLIC_CASE_FIELDS.map((f) => [f, true])) as Record<
  (typeof PUBLIC_CASE_FIELDS)[number],
  true
>;

/** `archiveNote` says what Habeas holds of the source (e.g. an archived copy), which matters most when it has no URL. */
export type ReviewSource = {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  archiveNote: string | null;
};

/** Every `sourceId` anywhere in a proposal, so the page can show each cited source's title and link. */
function sourceIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => sourceIdsIn(v, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "sourceId" && typeof v === "string" && v) found.add(v);
      else sourceIdsIn(v, found);
    }
  }
  return found;
}

/** The pending changes of one case, all of them (a case has few), with their evidence: for its editor page. */
export async function listPendingChanges(caseId?: string) {
  await requireUser();
  return withReviewEvidence(
    await db.changeRequest.findMany({
      where: { state: "PENDING", ...(caseId ? { caseId } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: changeSelect,
    }),
  );
}

export const REVIEW_PAGE_SIZE = 25;

/** One page of the review queue, oldest first: the changes not made by an import, or those of one import (each
 *  with a full preview, so a page is bounded however long the queue is). `after` is the id of the last change of
 *  the previous page; `next` is the one to ask for the page after this. */
export async function listPendingReviewPage(options: { batchId?: string; after?: string }) {
  await requireUser();
  const where = { state: "PENDING" as const, importBatchId: options.batchId ?? null };
  const cursor = options.after
    ? await db.changeRequest.findFirst({
        where: { ...where, id: options.after },
        select: { id: true, createdAt: true },
      })
    : null;
  const rows = await db.changeRequest.findMany({
    where: cursor
      ? {
          ...where,
          OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
        }
      : where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: REVIEW_PAGE_SIZE + 1,
    select: changeSelect,
  });
  const page = rows.slice(0, REVIEW_PAGE_SIZE);
  return {
    changes: await withReviewEvidence(page),
    next: rows.length > REVIEW_PAGE_SIZE ? page[page.length - 1]!.id : null,
  };
}

type SelectedChange = Prisma.ChangeRequestGetPayload<{ select: typeof changeSelect }>;

/** The place a stay's proposal names (its form's `placeId`), if any. */
function placeIdOf(payload: unknown): string | null {
  const fields = (payload as { form?: { fields?: Record<string, unknown> | null } } | null | undefined)?.form?.fields;
  return typeof fields?.placeId === "string" ? fields.placeId : null;
}

async function placeNamesOf(tx: Prisma.TransactionClient, ids: (string | null)[]): Promise<Record<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return {};
  const places = await tx.place.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return Object.fromEntries(places.map((p) => [p.id, p.name]));
}

/** The evidence a reviewer needs beside each change, read in one transaction so every item and its fingerprint come
 *  from the same snapshot. */
async function withReviewEvidence(changes: SelectedChange[]) {
  // Each request read as its kind; null for one that does not read as any (the page says so, and approving it is
  // refused).
  const read = changes.map((change) => ({ ...change, proposal: readChangeProposal(change) }));
  const ids = new Set<string>();
  read.forEach((c) => sourceIdsIn(c.proposal?.payload, ids));
  const sources = await db.source.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, title: true, publisher: true, url: true, archiveNote: true },
  });
  const sourceById = new Map<string, ReviewSource>(sources.map((s) => [s.id, s]));
  // One transaction, so every item and its fingerprint come from the same snapshot.
  return db.$transaction(async (tx) => {
    const items = [];
    for (const change of read) {
      const seenHash = await changeFingerprint(tx, change);
      const { proposal } = change;
      const current =
        proposal && isRecordProposal(proposal) && change.entityId
          ? await RECORD_HANDLERS[proposal.payload.form.type].load(tx, change.entityId)
          : null;
      // For an edit of case fields, the public fields as they stand, so a date and its precision read as one.
      const caseValues =
        change.kind === "UPDATE_CASE" && change.caseId
          ? await tx.case.findUnique({ where: { id: change.caseId }, select: PUBLIC_FIELD_SELECT })
          : null;
      const preview: CaseContent | null =
        change.kind === "PUBLISH_CASE" && change.caseId ? await loadCaseContent(tx, change.caseId) : null;
      const values = current?.values ?? caseValues ?? null;
      items.push({
        ...change,
        seenHash,

        /** The case changed after submission: approving is refused and sends the request back to its author. */
        outdated: change.kind === "PUBLISH_CASE" && change.contentHash !== seenHash,
        /** The record's values now, to show beside the proposed ones. */
        currentValues: values,
        sources: [...sourceIdsIn(proposal?.payload)]
          .map((id) => sourceById.get(id))
          .filter((s): s is ReviewSource => !!s),
        preview,
      });
    }
    // A stay names its place by id; the reviewer reads its name, as proposed and as it stands.
    const placeNames = await placeNamesOf(
      tx,
      items.flatMap((item) => [placeIdOf(item.proposal?.payload), placeIdOf({ form: { fields: item.currentValues } })]),
    );
    return withEvidence(
      tx,
      items.map((item) => ({ ...item, placeNames })),
    );
  });
}

export type PendingChange = Awaited<ReturnType<typeof listPendingChanges>>[number];
