-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "pendingReleaseId" INTEGER;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_pendingReleaseId_fkey" FOREIGN KEY ("pendingReleaseId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Areas that only draft releases have figures for were added by those drafts' imports: they stay
-- out of sight of readers who cannot see drafts until a release naming them is published.
UPDATE "Area" a
SET "pendingReleaseId" = (SELECT min(o."releaseId") FROM "Observation" o WHERE o."areaCode" = a.code)
WHERE EXISTS (SELECT 1 FROM "Observation" o WHERE o."areaCode" = a.code)
  AND NOT EXISTS (
    SELECT 1 FROM "Observation" o JOIN "Release" r ON r.id = o."releaseId"
    WHERE o."areaCode" = a.code AND r.status = 'published'
  );
