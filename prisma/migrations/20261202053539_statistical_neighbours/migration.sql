-- CreateTable
CREATE TABLE "StatisticalNeighbour" (
    "model" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "neighbourCode" TEXT NOT NULL,
    "closeness" TEXT NOT NULL,

    CONSTRAINT "StatisticalNeighbour_pkey" PRIMARY KEY ("model","areaCode","position")
);

-- AddForeignKey
ALTER TABLE "StatisticalNeighbour" ADD CONSTRAINT "StatisticalNeighbour_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatisticalNeighbour" ADD CONSTRAINT "StatisticalNeighbour_neighbourCode_fkey" FOREIGN KEY ("neighbourCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
