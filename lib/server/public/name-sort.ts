// Which sort key orders people by name for a reader of a script: the name as that reader sees it, so a list reads
// alphabetically in the order it displays (a Cyrillic reader sees the first Cyrillic alias; migration
// 20261207160000_case_sort_name_cyrillic keeps the key). Every other script reads the source's spelling.
import { Prisma } from "@/lib/generated/prisma/client";
import type { NameScript } from "@/lib/generated/prisma/enums";

/** The case row's name key, for SQL on the case alias `c`. */
export const nameSortSql = (script: NameScript) =>
  script === "CYRILLIC" ? Prisma.sql`c.sort_name_cyrillic` : Prisma.sql`c.sort_name`;

/** The same key, for a Prisma orderBy on Case. */
export const nameSortField = (script: NameScript) =>
  script === "CYRILLIC" ? ("sortNameCyrillic" as const) : ("sortName" as const);
