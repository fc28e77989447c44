-- DropIndex
DROP INDEX "Observation_indicatorCode_areaCode_periodKey_idx";

-- DropIndex
DROP INDEX "Observation_releaseId_idx";

-- DropIndex
DROP INDEX "Observation_sourceId_idx";

-- CreateIndex
CREATE INDEX "Observation_indicatorCode_areaCode_idx" ON "Observation"("indicatorCode", "areaCode");

-- CreateIndex
CREATE INDEX "Observation_releaseId_idx" ON "Observation" USING BRIN ("releaseId");

-- CreateIndex
CREATE INDEX "Observation_sourceId_idx" ON "Observation" USING BRIN ("sourceId");
