// Statuses that end a detention: a change to one of them with a date is also the case's release date.
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export const RELEASE_STATUSES: ReadonlySet<CaseStatus> = new Set(["RELEASED", "PARDONED", "ACQUITTED"]);

export const isReleaseStatus = (status: unknown): boolean => RELEASE_STATUSES.has(status as CaseStatus);
