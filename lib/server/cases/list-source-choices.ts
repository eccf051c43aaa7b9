// Existing sources, for the citation picker in the editors' forms.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listSourceChoices() {
  await requireUser();
  return db.source.findMany({
    orderBy: { title: "asc" },
    take: 500,
    select: { id: true, title: true, publisher: true },
  });
}
