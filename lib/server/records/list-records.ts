// Records of one kind for the editors' lists, newest first, with a one-line label each and what it belongs to; a
// search matches the label (name, title, description or quote) and, like the list, reads at most LIMIT rows.
import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { RecordType } from "@/lib/records/fields";

export type RecordListItem = { id: string; label: string; detail: string | null; updatedAt: Date };

const LIMIT = 200;

export const ZRecordSearchSchema = z.string().trim().min(1).max(200).optional().catch(undefined);

export async function listRecords(type: RecordType, search?: string): Promise<RecordListItem[]> {
  await requireUser();
  const q = ZRecordSearchSchema.parse(search);
  const order = { orderBy: { updatedAt: "desc" as const }, take: LIMIT };
  // One column per type, named below; the cast only forgets which, for Prisma's per-model where types.
  const has = (column: string) => ({
    where: (q ? { [column]: { contains: q, mode: "insensitive" } } : {}) as Record<string, never>,
  });
  switch (type) {
    case "person":
      return (
        await db.person.findMany({
          ...order,
          ...has("fullName"),
          select: { id: true, fullName: true, roles: true, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.fullName, detail: r.roles.join(", "), updatedAt: r.updatedAt }));
    case "alias":
      return (
        await db.personAlias.findMany({
          ...order,
          ...has("name"),
          select: { id: true, name: true, person: { select: { fullName: true } }, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.name, detail: r.person.fullName, updatedAt: r.updatedAt }));
    case "externalId":
      return (
        await db.externalIdentifier.findMany({
          ...order,
          ...has("value"),
          select: { id: true, scheme: true, value: true, person: { select: { fullName: true } }, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: `${r.scheme} ${r.value}`, detail: r.person.fullName, updatedAt: r.updatedAt }));
    case "charge":
      return (
        await db.charge.findMany({
          ...order,
          ...has("description"),
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
          ...has("description"),
          select: {
            id: true,
            description: true,
            targetAuthority: true,
            countryCode: true,
            case: { select: { person: { select: { fullName: true } } } },
            updatedAt: true,
          },
        })
      ).map((r) => ({
        id: r.id,
        label: r.description,
        detail: [r.case?.person.fullName ?? r.countryCode, r.targetAuthority].filter(Boolean).join(" · "),
        updatedAt: r.updatedAt,
      }));
    case "caseFact":
      return (
        await db.caseFact.findMany({
          ...order,
          ...has("text"),
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
        await db.law.findMany({
          ...order,
          ...has("name"),
          select: { id: true, name: true, country: { select: { name: true } }, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.name, detail: r.country.name, updatedAt: r.updatedAt }));
    case "organisation":
      return (
        await db.organisation.findMany({
          ...order,
          ...has("name"),
          select: { id: true, name: true, acronym: true, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.name, detail: r.acronym, updatedAt: r.updatedAt }));
    case "source":
      return (
        await db.source.findMany({
          ...order,
          ...has("title"),
          select: { id: true, title: true, publisher: true, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.title, detail: r.publisher, updatedAt: r.updatedAt }));
    case "place":
      return (
        await db.place.findMany({
          ...order,
          ...has("name"),
          select: { id: true, name: true, region: true, country: { select: { name: true } }, updatedAt: true },
        })
      ).map((r) => ({
        id: r.id,
        label: r.name,
        detail: [r.country.name, r.region].filter(Boolean).join(" · "),
        updatedAt: r.updatedAt,
      }));
    case "placeName":
      return (
        await db.placeName.findMany({
          ...order,
          ...has("name"),
          select: { id: true, name: true, place: { select: { name: true } }, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.name, detail: r.place.name, updatedAt: r.updatedAt }));
    case "placeStay":
      return (
        await db.placeStay.findMany({
          ...order,
          ...(q ? { where: { place: { name: { contains: q, mode: "insensitive" as const } } } } : {}),
          select: {
            id: true,
            place: { select: { name: true } },
            case: { select: { person: { select: { fullName: true } } } },
            updatedAt: true,
          },
        })
      ).map((r) => ({ id: r.id, label: r.place.name, detail: r.case.person.fullName, updatedAt: r.updatedAt }));
    case "citation":
      return (
        await db.citation.findMany({
          ...order,
          ...has("quote"),
          select: { id: true, quote: true, claim: true, updatedAt: true },
        })
      ).map((r) => ({ id: r.id, label: r.quote.slice(0, 160), detail: r.claim, updatedAt: r.updatedAt }));
  }
}
