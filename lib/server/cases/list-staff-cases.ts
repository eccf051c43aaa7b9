// Every case for the editors' table, drafts and deleted ones included, with review and edit information.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nameKey } from "@/lib/search/name-key";
import type { TStaffCaseQuery } from "@/lib/validations/staff-case-list";

const ORDER: Record<TStaffCaseQuery["sort"], (dir: "asc" | "desc") => Prisma.CaseOrderByWithRelationInput> = {
  name: (dir) => ({ person: { fullName: dir } }),
  country: (dir) => ({ country: { name: dir } }),
  status: (dir) => ({ status: dir }),
  visibility: (dir) => ({ visibility: dir }),
  updated: (dir) => ({ updatedAt: dir }),
};

export async function listStaffCases(query: TStaffCaseQuery) {
  await requireUser();
  // Search keys hold only [a-z0-9 ], so "contains" can never see a LIKE wildcard.
  const key = query.q ? nameKey(query.q) : undefined;
  const where: Prisma.CaseWhereInput = {
    deletedAt: query.deleted ? { not: null } : null,
    ...(query.visibility ? { visibility: query.visibility } : {}),
    ...(key !== undefined
      ? {
          person: { OR: [{ searchName: { contains: key } }, { aliases: { some: { searchName: { contains: key } } } }] },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.case.findMany({
      where,
      orderBy: [ORDER[query.sort](query.dir), { id: "asc" }],
      skip: (query.page - 1) * query.size,
      take: query.size,
      select: {
        id: true,
        version: true,
        status: true,
        visibility: true,
        updatedAt: true,
        deletedAt: true,
        country: { select: { code: true, name: true } },
        person: { select: { fullName: true } },
        updatedBy: { select: { name: true } },
        _count: { select: { changes: { where: { state: "PENDING" } } } },
      },
    }),
    db.case.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      // The version the table shows, which a bulk action sends back so a case changed since is refused as stale.
      version: r.version,
      fullName: r.person.fullName,
      countryCode: r.country.code,
      countryName: r.country.name,
      status: r.status,
      visibility: r.visibility,
      pending: r._count.changes,
      updatedAt: r.updatedAt,
      updatedBy: r.updatedBy?.name ?? null,
      deleted: r.deletedAt !== null,
    })),
  };
}

export type StaffCaseRow = Awaited<ReturnType<typeof listStaffCases>>["rows"][number];
