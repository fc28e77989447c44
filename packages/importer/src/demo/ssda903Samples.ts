import path from "node:path";
import { projectPaths } from "@csc/db";

/**
 * SSDA903 extracts shipped for trying the import and testing it, copied byte for byte from
 * shared/data: the Data to Insight validator's fake extract and LIIA's deliberately dirty samples.
 * No real child is in them; they are not loaded at start, since an extract belongs to one council.
 */
export const ssda903SamplesDirectory = path.join(projectPaths.seedData, "ssda903-samples");
