// A person's address on the public site: their name in Latin letters, with a random suffix when it is taken.
// The case form takes one at a time; the import takes a whole chunk of names in one query.
import { randomBytes } from "node:crypto";
import { slugify } from "@/lib/format/slug";
import type { Prisma } from "@/lib/generated/prisma/client";

const personBase = (name: string) => slugify(name, "person");

const suffixed = (base: string) => `${base}-${randomBytes(3).toString("hex")}`;

/** A free slug for one name. */
export async function personSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = personBase(name);
  const taken = await tx.person.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? suffixed(base) : base;
}

/** A free slug for each name, in order: no two alike, and none already on file. */
export async function personSlugs(tx: Prisma.TransactionClient, names: string[]): Promise<string[]> {
  const bases = names.map(personBase);
  const taken = new Set(
    (await tx.person.findMany({ where: { slug: { in: [...new Set(bases)] } }, select: { slug: true } })).map(
      (p) => p.slug,
    ),
  );
  return bases.map((base) => {
    const slug = taken.has(base) ? suffixed(base) : base;
    taken.add(slug);
    return slug;
  });
}
