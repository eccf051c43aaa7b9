-- AlterEnum
ALTER TYPE "change_kind" ADD VALUE 'UNPUBLISH_CASE';

-- AlterEnum
ALTER TYPE "change_state" ADD VALUE 'OUTDATED';

-- AlterTable
ALTER TABLE "change_request" ADD COLUMN     "content_hash" TEXT,
ADD COLUMN     "review_note" TEXT;

-- CreateIndex
CREATE INDEX "change_request_created_by_id_reviewed_at_idx" ON "change_request"("created_by_id", "reviewed_at");

