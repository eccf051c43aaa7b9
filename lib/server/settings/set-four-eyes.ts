// Switches four-eyes publishing on or off. Small teams may turn it off; the default is on.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ZFourEyesSchema } from "@/lib/validations/settings";
import { FOUR_EYES_KEY, isFourEyesOn } from "../internal/four-eyes";

export async function setFourEyes(raw: unknown): Promise<void> {
  const user = await requireRole("ADMIN");
  const { enabled } = ZFourEyesSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const before = await isFourEyesOn(tx);
    await tx.setting.upsert({
      where: { key: FOUR_EYES_KEY },
      create: { key: FOUR_EYES_KEY, value: enabled },
      update: { value: enabled },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "SETTING_CHANGED",
      entityType: "setting",
      entityId: FOUR_EYES_KEY,
      diff: { [FOUR_EYES_KEY]: [before, enabled] },
    });
  });
}
