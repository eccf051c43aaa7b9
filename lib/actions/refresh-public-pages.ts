// After an editor's change the next public request must show it: drop the cached public reads and Next's
// router cache. Called only once the data layer has committed, so no read can cache the old state again.
import { revalidatePath } from "next/cache";
import { invalidatePublicRecords } from "@/lib/server/public/cached";

export function refreshPublicPages(): void {
  invalidatePublicRecords();
  revalidatePath("/", "layout");
}
