// Two editors under four-eyes review: the first files changes, and the second approves the newest one the first
// filed, then signs the first back in.
import type { Db } from "@/lib/db/create-client";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { createTestUser, type TestUser } from "../factories/users";
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

/** Two new editors, with four-eyes publishing turned on by a new admin. */
export async function editorsUnderFourEyes(db: Db): Promise<[TestUser, TestUser]> {
  const editors: [TestUser, TestUser] = [await createTestUser(db), await createTestUser(db)];
  actAs(await createTestUser(db, { role: "ADMIN", totp: true }));
  await setFourEyes({ enabled: true });
  return editors;
}
