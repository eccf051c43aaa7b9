// An editor marks a case "letters not advised" (or clears it): the public case page then offers no letter-writing
// section and no printable pack. This protects a person, so it takes effect at once, without four-eyes review:
// hiding the pack can only take an address off a page, and a person who could be endangered by letters must not
// wait for a second editor. Clearing it shows again only an address that was already public, cited and reviewed.
// Any signed-in editor or admin may do it, and every change is audited in the same transaction.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ZLettersAdviceSchema } from "@/lib/validations/letters";
import { lockCase } from "../internal/lock-case";

/** changed: false when the case already had this setting (nothing is written or audited). */
export async function setLettersNotAdvised(raw: unknown): Promise<{ lettersNotAdvised: boolean; changed: boolean }> {
  const user = await requireUser();
  const input = ZLettersAdviceSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const current = await lockCase(tx, input.caseId);
    if (current.lettersNotAdvised === input.lettersNotAdvised)
      return { lettersNotAdvised: current.lettersNotAdvised, changed: false };
    // The version is left alone: the flag is no public fact, so it must not make an editor's open form or a
    // pending review of the case's facts stale.
    await tx.case.update({ where: { id: current.id }, data: { lettersNotAdvised: input.lettersNotAdvised } });
    await writeAudit(tx, {
      actorId: user.id,
      action: input.lettersNotAdvised ? "CASE_LETTERS_NOT_ADVISED" : "CASE_LETTERS_ADVISED",
      entityType: "case",
      // The action says which way it went; a diff would only repeat it, under a label the history cannot translate.
      entityId: current.id,
    });
    return { lettersNotAdvised: input.lettersNotAdvised, changed: true };
  });
}
