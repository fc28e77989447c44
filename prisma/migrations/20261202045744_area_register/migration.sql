-- DropForeignKey
ALTER TABLE "Area" DROP CONSTRAINT "Area_pendingReleaseId_fkey";

-- AlterTable
ALTER TABLE "Area" DROP COLUMN "pendingReleaseId",
ADD COLUMN     "abolishedOn" DATE,
ADD COLUMN     "establishedOn" DATE,
ADD COLUMN     "formerCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "memberCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];
