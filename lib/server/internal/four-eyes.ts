// Whether changes to published cases need a second person's approval. On unless an admin switched it off.
import type { Prisma } from "@/lib/generated/prisma/client";

export const FOUR_EYES_KEY = "fourEyesPublishing";

export async function isFourEyesOn(tx: Pick<Prisma.TransactionClient, "setting">): Promise<boolean> {
  const setting = await tx.setting.findUnique({ where: { key: FOUR_EYES_KEY }, select: { value: true } });
  return setting?.value !== false;
}
