// Records of one kind for the editors' lists, newest first, with a one-line label each.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { RecordType } from "@/lib/records/fields";

export type RecordListItem = { id: string; label: string; detail: string | null; updatedAt: Date };

const LIMIT = 200;

export async function listRecords(type: RecordType): Promise<RecordListItem[]> {
  await requireUser();
  const order = { orderBy: { updatedAt: "desc" as const }, take: LIMIT };
  switch (type) {
    case "person":
      return (
        await db.person.findMany({ ...order, select: { id: true, fullName: true, roles: true, updatedAt: true } })
      ).map((r) => ({ id: r.id, label: r.fullName, detail: r.roles.join(", "), updatedAt: r.updatedAt }));
    case "alias":
      return (
        await db.personAlias.findMany({
          ...order,
          select: { id: true, name: true, person: { select: { fullName: true } }, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.name, detail: r.person.fullName, updatedAt: r.updatedAt }));
    case "externalId":
      return (
        await db.externalIdentifier.findMany({
          ...order,
          select: { id: true, scheme: true, value: true, person: { select: { fullName: true } }, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: `${r.scheme} ${r.value}`, detail: r.person.fullName, updatedAt: r.updatedAt }));
    case "charge":
      return (
        await db.charge.findMany({
          ...order,
          select: { id: true, description: true, article: true, countryCode: true, updatedAt: true },
        })
      ).map((r) => ({
        id: r.id,
        label: r.description,
        detail: [r.countryCode, r.article].filter(Boolean).join(" · "),
        updatedAt: r.updatedAt,
      }));
    case "demand":
      return (
        await db.demand.findMany({
          ...order,
          select: { id: true, description: true, targetAuthority: true, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.description, detail: r.targetAuthority, updatedAt: r.updatedAt }));
    case "caseFact":
      return (
        await db.caseFact.findMany({
          ...order,
          select: {
            id: true,
            text: true,
            case: { select: { person: { select: { fullName: true } } } },
            updatedAt: true,
          },
        })
      ).map((r) => ({ id: r.id, label: r.text.slice(0, 160), detail: r.case.person.fullName, updatedAt: r.updatedAt }));
    case "law":
      return (
        await db.law.findMany({ ...order, select: { id: true, name: true, countryCode: true, updatedAt: true } })
      ).map((r) => ({ id: r.id, label: r.name, detail: r.countryCode, updatedAt: r.updatedAt }));
    case "organisation":
      return (
        await db.organisation.findMany({ ...order, select: { id: true, name: true, acronym: true, updatedAt: true } })
      ).map((r) => ({ id: r.id, label: r.name, detail: r.acronym, updatedAt: r.updatedAt }));
    case "source":
      return (
        await db.source.findMany({ ...order, select: { id: true, title: true, publisher: true, updatedAt: true } })
      ).map((r) => ({ id: r.id, label: r.title, detail: r.publisher, updatedAt: r.updatedAt }));
    case "citation":
      return (
        await db.citation.findMany({ ...order, select: { id: true, quote: true, claim: true, updatedAt: true } })
      ).map((r) => ({ id: r.id, label: r.quote.slice(0, 160), detail: r.claim, updatedAt: r.updatedAt }));
  }
}
