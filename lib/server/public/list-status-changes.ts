// The latest published status changes, site-wide, for one country or for one person: the feeds' entries.
import "server-only";
import { db } from "@/lib/db/client";
import { PUBLISHED } from "@/lib/cases/published";
import { publicCitationSelect } from "./public-selects";

export async function listStatusChanges(filter: { countryCode?: string; slug?: string }, limit = 50) {
  return db.statusEvent.findMany({
    where: {
      case: {
        ...PUBLISHED,
        ...(filter.countryCode ? { countryCode: filter.countryCode } : {}),
        ...(filter.slug ? { person: { slug: filter.slug } } : {}),
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      date: true,
      datePrecision: true,
      note: true,
      createdAt: true,
      citations: { select: publicCitationSelect },
      case: {
        select: { country: { select: { code: true, name: true } }, person: { select: { slug: true, fullName: true } } },
      },
    },
  });
}
