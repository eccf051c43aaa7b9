// Approves, as a second editor, the newest pending change the first one filed, then signs the first back in.
import type { Db } from "@/lib/db/create-client";
import type { TestUser } from "../factories/users";
import { actAs } from "./act-as";
import { approveChange } from "./approve-change";

export async function approveLatestOf(db: Db, author: TestUser, reviewer: TestUser) {
  actAs(reviewer);
  const change = await db.changeRequest.findFirstOrThrow({
    where: { state: "PENDING", createdById: author.id },
    orderBy: { createdAt: "desc" },
  });
  await approveChange(db, change.id);
  actAs(author);
}
