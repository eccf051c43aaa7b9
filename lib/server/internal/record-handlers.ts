// How each kind of record is written, and whether a change to it would show on the public site.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { RecordType } from "@/lib/records/fields";
import { nameKey } from "@/lib/search/name-key";

type Tx = Prisma.TransactionClient;
type Fields = Record<string, unknown>;
type Links = { caseId?: string; personId?: string; target?: { type: string; id: string } };

export type RecordHandler = {
  /** Current values of the editable fields, and the last update time used as the record's version. */
  load: (tx: Tx, id: string) => Promise<{ values: Fields; updatedAt: Date; caseId: string | null } | null>;
  create: (tx: Tx, fields: Fields, links: Links) => Promise<{ id: string; caseId: string | null }>;
  update: (tx: Tx, id: string, fields: Fields) => Promise<void>;
  remove?: (tx: Tx, id: string) => Promise<void>;
  /** Whether the public site would show this change: then four-eyes publishing applies. */
  isPublic: (tx: Tx, id: string | null, links: Links) => Promise<boolean>;
};

const PUBLISHED_CASE = { visibility: "PUBLISHED", deletedAt: null } as const;

const personIsPublic = async (tx: Tx, personId: string | undefined | null) =>
  !!personId && (await tx.case.count({ where: { personId, ...PUBLISHED_CASE } })) > 0;
const caseIsPublic = async (tx: Tx, caseId: string | undefined | null) =>
  !!caseId && (await tx.case.count({ where: { id: caseId, ...PUBLISHED_CASE } })) > 0;
const firstCaseOf = async (tx: Tx, personId: string) =>
  (await tx.case.findFirst({ where: { personId }, orderBy: { createdAt: "asc" }, select: { id: true } }))?.id ?? null;

function pick(row: Fields, names: string[]): Fields {
  return Object.fromEntries(names.map((n) => [n, row[n] ?? null]));
}

function slugOf(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "record"
  );
}

const sourceData = (f: Fields) => {
  const published = f.published as { date: Date | null; precision: "DAY" | "MONTH" | "YEAR" | "UNKNOWN" };
  return {
    title: f.title as string,
    publisher: (f.publisher as string | null) ?? null,
    authors: ((f.authors as string | null) ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean),
    url: (f.url as string | null) ?? null,
    kind: (f.kind as "NEWS_ARTICLE") ?? "NEWS_ARTICLE",
    publishedDate: published.date,
    publishedPrecision: published.precision,
    text: (f.fullText as string | null) ?? null,
  };
};

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null)
    throw new AppError("INVALID_INPUT", `Missing ${what}.`, { fieldErrors: { form: ["invalid"] } });
  return value;
}

export const RECORD_HANDLERS: Record<RecordType, RecordHandler> = {
  person: {
    load: async (tx, id) => {
      const row = await tx.person.findUnique({ where: { id } });
      return (
        row && {
          values: pick(row, ["fullName", "roles", "biography", "gender", "birthYear"]),
          updatedAt: row.updatedAt,
          caseId: await firstCaseOf(tx, id),
        }
      );
    },
    create: async (tx, f) => {
      const base = slugOf(f.fullName as string);
      const slug = (await tx.person.findUnique({ where: { slug: base } }))
        ? `${base}-${randomBytes(3).toString("hex")}`
        : base;
      const row = await tx.person.create({
        data: { ...(f as Prisma.PersonUncheckedCreateInput), slug, searchName: nameKey(f.fullName as string) },
      });
      return { id: row.id, caseId: null };
    },
    update: async (tx, id, f) =>
      void (await tx.person.update({
        where: { id },
        data: { ...(f as Prisma.PersonUncheckedUpdateInput), searchName: nameKey(f.fullName as string) },
      })),
    isPublic: (tx, id) => personIsPublic(tx, id),
  },
  alias: {
    load: async (tx, id) => {
      const row = await tx.personAlias.findUnique({ where: { id } });
      return (
        row && {
          values: pick(row, ["name", "script", "kind", "origin"]),
          updatedAt: row.updatedAt,
          caseId: await firstCaseOf(tx, row.personId),
        }
      );
    },
    create: async (tx, f, links) => {
      const personId = required(links.personId, "person");
      const row = await tx.personAlias.create({
        data: {
          ...(f as Omit<Prisma.PersonAliasUncheckedCreateInput, "personId">),
          personId,
          searchName: nameKey(f.name as string),
        },
      });
      return { id: row.id, caseId: await firstCaseOf(tx, personId) };
    },
    update: async (tx, id, f) =>
      void (await tx.personAlias.update({
        where: { id },
        data: { ...(f as Prisma.PersonAliasUncheckedUpdateInput), searchName: nameKey(f.name as string) },
      })),
    remove: async (tx, id) => void (await tx.personAlias.delete({ where: { id } })),
    isPublic: async (tx, id, links) => {
      const personId = id
        ? (await tx.personAlias.findUnique({ where: { id }, select: { personId: true } }))?.personId
        : links.personId;
      return personIsPublic(tx, personId);
    },
  },
  externalId: {
    load: async (tx, id) => {
      const row = await tx.externalIdentifier.findUnique({ where: { id } });
      return (
        row && {
          values: pick(row, ["scheme", "value", "url"]),
          updatedAt: row.updatedAt,
          caseId: await firstCaseOf(tx, row.personId),
        }
      );
    },
    create: async (tx, f, links) => {
      const personId = required(links.personId, "person");
      const row = await tx.externalIdentifier.create({
        data: {
          ...(f as Omit<Prisma.ExternalIdentifierUncheckedCreateInput, "personId">),
          personId,
          searchName: nameKey(f.value as string),
        },
      });
      return { id: row.id, caseId: await firstCaseOf(tx, personId) };
    },
    update: async (tx, id, f) =>
      void (await tx.externalIdentifier.update({
        where: { id },
        data: { ...(f as Prisma.ExternalIdentifierUncheckedUpdateInput), searchName: nameKey(f.value as string) },
      })),
    remove: async (tx, id) => void (await tx.externalIdentifier.delete({ where: { id } })),
    isPublic: async (tx, id, links) => {
      const personId = id
        ? (await tx.externalIdentifier.findUnique({ where: { id }, select: { personId: true } }))?.personId
        : links.personId;
      return personIsPublic(tx, personId);
    },
  },
  charge: {
    load: async (tx, id) => {
      const row = await tx.charge.findUnique({
        where: { id },
        include: { cases: { select: { caseId: true }, take: 1 } },
      });
      return (
        row && {
          values: pick(row, ["countryCode", "article", "description"]),
          updatedAt: row.updatedAt,
          caseId: row.cases[0]?.caseId ?? null,
        }
      );
    },
    create: async (tx, f, links) => {
      const caseId = required(links.caseId, "case");
      const row = await tx.charge.create({
        data: { ...(f as Prisma.ChargeUncheckedCreateInput), cases: { create: { caseId } } },
      });
      return { id: row.id, caseId };
    },
    update: async (tx, id, f) =>
      void (await tx.charge.update({ where: { id }, data: f as Prisma.ChargeUncheckedUpdateInput })),
    isPublic: async (tx, id, links) =>
      id
        ? (await tx.caseCharge.count({ where: { chargeId: id, case: PUBLISHED_CASE } })) > 0
        : caseIsPublic(tx, links.caseId),
  },
  demand: {
    load: async (tx, id) => {
      const row = await tx.demand.findUnique({ where: { id } });
      return (
        row && {
          values: pick(row, ["kind", "description", "targetAuthority", "status"]),
          updatedAt: row.updatedAt,
          caseId: row.caseId,
        }
      );
    },
    create: async (tx, f, links) => {
      const linked = links.caseId
        ? await tx.case.findUnique({ where: { id: links.caseId }, select: { countryCode: true } })
        : null;
      const row = await tx.demand.create({
        data: {
          ...(f as Prisma.DemandUncheckedCreateInput),
          caseId: links.caseId ?? null,
          countryCode: linked?.countryCode ?? null,
        },
      });
      return { id: row.id, caseId: row.caseId };
    },
    update: async (tx, id, f) =>
      void (await tx.demand.update({ where: { id }, data: f as Prisma.DemandUncheckedUpdateInput })),
    isPublic: async (tx, id, links) => {
      const caseId = id
        ? (await tx.demand.findUnique({ where: { id }, select: { caseId: true } }))?.caseId
        : links.caseId;
      return caseId ? caseIsPublic(tx, caseId) : true;
    },
  },
  caseFact: {
    load: async (tx, id) => {
      const row = await tx.caseFact.findUnique({ where: { id } });
      return row && { values: pick(row, ["text"]), updatedAt: row.updatedAt, caseId: row.caseId };
    },
    create: async (tx, f, links) => {
      const caseId = required(links.caseId, "case");
      const last = await tx.caseFact.aggregate({ where: { caseId }, _max: { sequence: true } });
      const row = await tx.caseFact.create({
        data: { caseId, text: f.text as string, sequence: (last._max.sequence ?? 0) + 1 },
      });
      return { id: row.id, caseId };
    },
    update: async (tx, id, f) => void (await tx.caseFact.update({ where: { id }, data: { text: f.text as string } })),
    remove: async (tx, id) => {
      await tx.citation.deleteMany({ where: { caseFactId: id } });
      await tx.caseFact.delete({ where: { id } });
    },
    isPublic: async (tx, id, links) => {
      const caseId = id
        ? (await tx.caseFact.findUnique({ where: { id }, select: { caseId: true } }))?.caseId
        : links.caseId;
      return caseIsPublic(tx, caseId);
    },
  },
  law: {
    load: async (tx, id) => {
      const row = await tx.law.findUnique({ where: { id } });
      return (
        row && {
          values: pick(row, ["countryCode", "name", "description", "status"]),
          updatedAt: row.updatedAt,
          caseId: null,
        }
      );
    },
    create: async (tx, f) => ({
      id: (await tx.law.create({ data: f as Prisma.LawUncheckedCreateInput })).id,
      caseId: null,
    }),
    update: async (tx, id, f) =>
      void (await tx.law.update({ where: { id }, data: f as Prisma.LawUncheckedUpdateInput })),
    isPublic: async () => true,
  },
  organisation: {
    load: async (tx, id) => {
      const row = await tx.organisation.findUnique({ where: { id } });
      return row && { values: pick(row, ["name", "acronym"]), updatedAt: row.updatedAt, caseId: null };
    },
    create: async (tx, f) => {
      const base = slugOf(f.name as string);
      const slug = (await tx.organisation.findUnique({ where: { slug: base } }))
        ? `${base}-${randomBytes(3).toString("hex")}`
        : base;
      return {
        id: (
          await tx.organisation.create({
            data: { name: f.name as string, acronym: (f.acronym as string | null) ?? null, slug },
          })
        ).id,
        caseId: null,
      };
    },
    update: async (tx, id, f) =>
      void (await tx.organisation.update({ where: { id }, data: f as Prisma.OrganisationUncheckedUpdateInput })),
    isPublic: async () => true,
  },
  source: {
    load: async (tx, id) => {
      const row = await tx.source.findUnique({ where: { id } });
      if (!row) return null;
      const published = { date: row.publishedDate, precision: row.publishedPrecision };
      const values = {
        ...pick(row, ["title", "publisher", "url", "kind"]),
        authors: row.authors.join(", ") || null,
        published,
        fullText: row.text,
      };
      return { values, updatedAt: row.updatedAt, caseId: null };
    },
    create: async (tx, f) => ({ id: (await tx.source.create({ data: sourceData(f) })).id, caseId: null }),
    update: async (tx, id, f) => void (await tx.source.update({ where: { id }, data: sourceData(f) })),
    isPublic: async () => true,
  },
  citation: {
    load: async (tx, id) => {
      const row = await tx.citation.findUnique({ where: { id } });
      return row && { values: pick(row, ["claim", "locator"]), updatedAt: row.updatedAt, caseId: row.caseId };
    },
    // Written without its source and quote; applyRecordChange adds those from the citation part of the form.
    create: async (tx, f, links) => {
      const target = required(links.target, "target");
      return {
        id: `pending:${target.type}:${target.id}:${String(f.claim)}`,
        caseId: target.type === "case" ? target.id : null,
      };
    },
    update: async (tx, id, f) =>
      void (await tx.citation.update({ where: { id }, data: f as Prisma.CitationUncheckedUpdateInput })),
    remove: async (tx, id) => void (await tx.citation.delete({ where: { id } })),
    isPublic: async (tx, id, links) => {
      const target = id ? null : links.target;
      if (!target) return true;
      if (target.type === "person") return personIsPublic(tx, target.id);
      if (target.type === "case") return caseIsPublic(tx, target.id);
      return true;
    },
  },
};
