-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('country', 'region', 'local_authority');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('flow', 'stock', 'ratio');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('council_report', 'official_statistics', 'management_information', 'press');

-- CreateEnum
CREATE TYPE "ReleaseStatus" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "StatSymbol" AS ENUM ('c', 'x', 'z', 'k', 'low', 'u');

-- CreateEnum
CREATE TYPE "ValueQualifier" AS ENUM ('approximate', 'at_least', 'more_than');

-- CreateTable
CREATE TABLE "Area" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "laNumber" INTEGER,
    "parentCode" TEXT,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL,
    "polarity" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "dimensionCode" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "BreakdownDimension" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "BreakdownDimension_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "BreakdownItem" (
    "id" SERIAL NOT NULL,
    "dimensionCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BreakdownItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Period" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "Period_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "meeting" TEXT,
    "publishedOn" DATE,
    "document" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "licence" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" SERIAL NOT NULL,
    "dataset" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ReleaseStatus" NOT NULL DEFAULT 'draft',
    "checksum" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" SERIAL NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "breakdownItemId" INTEGER,
    "value" DECIMAL(20,6),
    "symbol" "StatSymbol",
    "qualifier" "ValueQualifier",
    "numerator" DECIMAL(20,6),
    "denominator" DECIMAL(20,6),
    "sourceId" INTEGER NOT NULL,
    "citation" TEXT NOT NULL,
    "releaseId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "supersededId" INTEGER NOT NULL,
    "replacementId" INTEGER NOT NULL,
    "releaseId" INTEGER NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "indicatorCode" TEXT,
    "areaCode" TEXT,
    "sourceId" INTEGER,
    "citation" TEXT NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Area_laNumber_key" ON "Area"("laNumber");

-- CreateIndex
CREATE INDEX "Area_level_idx" ON "Area"("level");

-- CreateIndex
CREATE INDEX "Indicator_topic_idx" ON "Indicator"("topic");

-- CreateIndex
CREATE UNIQUE INDEX "BreakdownItem_dimensionCode_code_key" ON "BreakdownItem"("dimensionCode", "code");

-- CreateIndex
CREATE INDEX "Period_start_end_idx" ON "Period"("start", "end");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Release_checksum_idx" ON "Release"("checksum");

-- CreateIndex
CREATE UNIQUE INDEX "Release_dataset_version_key" ON "Release"("dataset", "version");

-- CreateIndex
CREATE INDEX "Observation_indicatorCode_areaCode_periodKey_idx" ON "Observation"("indicatorCode", "areaCode", "periodKey");

-- CreateIndex
CREATE INDEX "Observation_releaseId_idx" ON "Observation"("releaseId");

-- CreateIndex
CREATE INDEX "Observation_sourceId_idx" ON "Observation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_supersededId_key" ON "Revision"("supersededId");

-- CreateIndex
CREATE INDEX "Revision_replacementId_idx" ON "Revision"("replacementId");

-- CreateIndex
CREATE INDEX "Revision_releaseId_idx" ON "Revision"("releaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_key_key" ON "Annotation"("key");

-- CreateIndex
CREATE INDEX "Annotation_startsOn_idx" ON "Annotation"("startsOn");

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_dimensionCode_fkey" FOREIGN KEY ("dimensionCode") REFERENCES "BreakdownDimension"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreakdownItem" ADD CONSTRAINT "BreakdownItem_dimensionCode_fkey" FOREIGN KEY ("dimensionCode") REFERENCES "BreakdownDimension"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_periodKey_fkey" FOREIGN KEY ("periodKey") REFERENCES "Period"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_breakdownItemId_fkey" FOREIGN KEY ("breakdownItemId") REFERENCES "BreakdownItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_supersededId_fkey" FOREIGN KEY ("supersededId") REFERENCES "Observation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_replacementId_fkey" FOREIGN KEY ("replacementId") REFERENCES "Observation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
