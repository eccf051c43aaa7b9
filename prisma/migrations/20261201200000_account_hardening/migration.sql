-- AlterTable
ALTER TABLE "user" ADD COLUMN     "totp_last_step" INTEGER,
ADD COLUMN     "totp_pending_secret" TEXT;

-- AlterTable
ALTER TABLE "user_token" ADD COLUMN     "revoked_at" TIMESTAMP(3);

