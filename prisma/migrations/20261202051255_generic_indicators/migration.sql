-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "columnName" TEXT,
ADD COLUMN     "pendingReleaseId" INTEGER,
ADD COLUMN     "tableName" TEXT;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_pendingReleaseId_fkey" FOREIGN KEY ("pendingReleaseId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;
