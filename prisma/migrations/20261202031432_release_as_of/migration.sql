-- AlterTable
ALTER TABLE "Release" ADD COLUMN     "asOf" DATE;

-- Releases of official statistics already loaded speak as of the end of the latest period they
-- cover. Revisions already recorded are left as they are: history is not rewritten.
UPDATE "Release" r
SET "asOf" = (
  SELECT max(p."end") FROM "Observation" o JOIN "Period" p ON p.key = o."periodKey" WHERE o."releaseId" = r.id
)
WHERE NOT EXISTS (
  SELECT 1 FROM "Observation" o JOIN "Source" s ON s.id = o."sourceId"
  WHERE o."releaseId" = r.id AND s.kind <> 'official_statistics'
);
