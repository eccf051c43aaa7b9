-- AlterTable
ALTER TABLE "change_request" ADD COLUMN     "import_batch_id" TEXT;

-- CreateTable
CREATE TABLE "import_batch" (
    "id" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "summary" JSONB NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batch_file_hash_idx" ON "import_batch"("file_hash");

-- CreateIndex
CREATE INDEX "import_batch_created_by_id_created_at_idx" ON "import_batch"("created_by_id", "created_at");

-- CreateIndex
CREATE INDEX "change_request_import_batch_id_idx" ON "change_request"("import_batch_id");

-- AddForeignKey
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

