// The places of detention, by country and then by name, a page at a time: places are public records.
import "server-only";
import { db } from "@/lib/db/client";

export const PLACES_PER_PAGE = 100;

export async function listPlaces(page = 1) {
  const [places, total] = await Promise.all([
    db.place.findMany({
      orderBy: [{ countryCode: "asc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PLACES_PER_PAGE,
      take: PLACES_PER_PAGE,
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        region: true,
        country: { select: { code: true, name: true } },
      },
    }),
    db.place.count(),
  ]);
  return { places, total, page };
}

export type ListedPlace = Awaited<ReturnType<typeof listPlaces>>["places"][number];
