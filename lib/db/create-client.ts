// Builds a Prisma client on node-postgres. Confidential case columns and user secrets are omitted from
// every query unless a caller that needs them asks for them by name.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const CONFIDENTIAL_CASE_OMIT = {
  internalNotes: true,
  contactDetails: true,
  familyDetails: true,
  riskNote: true,
} as const;

export const SECRET_USER_OMIT = { passwordHash: true, totpSecret: true } as const;

export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({ connectionString });
  return new PrismaClient({ adapter, omit: { case: CONFIDENTIAL_CASE_OMIT, user: SECRET_USER_OMIT } });
}

export type Db = ReturnType<typeof createPrismaClient>;
