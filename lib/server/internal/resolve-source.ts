// Finds the cited source, or creates the new one the editor described, and returns its id.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import type { TCitationInput } from "@/lib/validations/case";

export async function resolveSource(
  tx: Prisma.TransactionClient,
  input: TCitationInput,
  actorId: string,
): Promise<string> {
  if (input.sourceId) {
    const found = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } });
    if (!found)
      throw new AppError("INVALID_INPUT", "The chosen source does not exist.", {
        fieldErrors: { sourceId: ["invalid"] },
      });
    return found.id;
  }
  const source = await tx.source.create({
    data: {
      title: input.newSourceTitle!,
      publisher: input.newSourcePublisher,
      url: input.newSourceUrl,
      kind: input.newSourceKind,
      publishedDate: input.newSourcePublished.date,
      publishedPrecision: input.newSourcePublished.precision,
    },
    select: { id: true, title: true },
  });
  await writeAudit(tx, {
    actorId,
    action: "SOURCE_CREATED",
    entityType: "source",
    entityId: source.id,
    meta: { title: source.title },
  });
  return source.id;
}
