// Country codes and names only, for filter menus: cheap enough to run on every page view.
import "server-only";
import { db } from "@/lib/db/client";

export async function listCountryNames() {
  return db.country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}
