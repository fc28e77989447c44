import { tidyPublications } from "../tidy/publications/index.ts";
import { NTS_TRANSFERS } from "../wide/readNtsTransfers.ts";
import { OFSTED_FOSTERING } from "../wide/readOfstedFostering.ts";

export interface ImportKind {
  /** What to give as a file's kind when its header does not say. */
  readonly code: string;
  readonly title: string;
  /** The source its figures are cited to; null for an author's figures file, which names its own. */
  readonly source: string | null;
}

/** Every kind of file the importer reads, for upload forms and the CLI's help. */
export const importKinds: readonly ImportKind[] = [
  { code: "figures", title: "Figures file (indicator, area, period, value, source, citation)", source: null },
  {
    code: "tidy",
    title: "Any EES tidy data file, read as it describes itself (with its .meta.csv, if given)",
    source: null,
  },
  ...tidyPublications.map((publication) => ({
    code: publication.dataset,
    title: `DfE tidy data: ${publication.title} (${publication.table})`,
    source: publication.source,
  })),
  {
    code: "ofsted-fostering",
    title: `Ofsted: ${OFSTED_FOSTERING.table} (wide table)`,
    source: OFSTED_FOSTERING.source,
  },
  {
    code: "nts-transfers",
    title: `Home Office: National Transfer Scheme transfers by local authority (${NTS_TRANSFERS.table})`,
    source: NTS_TRANSFERS.source,
  },
];
