// An admin's emergency takedown: the case leaves every public page at once, without waiting for a second person.
// The reason is audited and listed on the reviews page, so the team sees every use of this power.
import "server-only";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZTakedownSchema } from "@/lib/validations/case";
import { applyUnpublish } from "../internal/apply-unpublish";
import { lockCase } from "../internal/lock-case";

export async function takeDownCase(raw: unknown): Promise<void> {
  const user = await requireRole("ADMIN");
  const input = ZTakedownSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const current = await lockCase(tx, input.caseId);
    if (current.visibility !== "PUBLISHED")
      throw new AppError("CONFLICT", "This case is not on the public site.", { reason: "notPublished" });
    await applyUnpublish(tx, current, user.id, { action: "CASE_TAKEN_DOWN", reason: input.reason });
  });
}
