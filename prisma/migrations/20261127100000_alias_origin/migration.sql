-- CreateEnum
CREATE TYPE "alias_origin" AS ENUM ('SOURCE', 'EDITORIAL');

-- AlterTable
ALTER TABLE "person_alias" ADD COLUMN     "origin" "alias_origin" NOT NULL DEFAULT 'SOURCE';

