-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The one row the count lives in.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Once per statement that changes a table answers are read from: an import of 100,000 figures
-- adds a few, not 100,000. The update takes the row's lock until the transaction ends, and a
-- reader sees the new count only when it sees the change.
CREATE FUNCTION "data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Area_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "StatisticalNeighbour_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StatisticalNeighbour" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "Indicator_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Indicator" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "BreakdownDimension_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BreakdownDimension" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "BreakdownItem_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BreakdownItem" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "Period_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Period" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "Source_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "Release_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Release" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "Observation_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Observation" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "Revision_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Revision" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
CREATE TRIGGER "Annotation_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION "data_changed"();
