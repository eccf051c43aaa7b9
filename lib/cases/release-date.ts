// The one rule for the release date: a release, pardon or acquittal with a known date is also the case's release
// date, cited by the passage that dates it. Status changes and the seed both follow it.
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { isReleaseStatus } from "./release-statuses";

type When = { date: Date | null; precision: DatePrecision };

/** The release date a status that began on `when` gives the case, or null when it gives none. */
export function releaseDateOf(status: CaseStatus, when: When): { date: Date; precision: DatePrecision } | null {
  return isReleaseStatus(status) && when.date && when.precision !== "UNKNOWN"
    ? { date: when.date, precision: when.precision }
    : null;
}
