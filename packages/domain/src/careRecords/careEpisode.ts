import type { IsoDate } from "../periods/isoDate.ts";

/** One episode of care from an SSDA903 extract, with the fields the counts use. */
export interface CareEpisode {
  readonly child: string;
  /** DECOM: the day the episode began. */
  readonly start: IsoDate;
  /** RNE: why a new episode began ("S" when the child started to be looked after). */
  readonly reasonNew: string;
  /** LS: the legal status. */
  readonly legalStatus: string;
  /** PLACE: the placement type. */
  readonly placement: string;
  /** DEC: the day it ended; null while it is open. */
  readonly end: IsoDate | null;
  /** REC: why it ended ("X1" when care went on in a new episode). */
  readonly reasonCeased: string | null;
}

/** A child in the UASC table, and the day their UASC status ceased (DUC), if it has. */
export interface UascStatus {
  readonly child: string;
  readonly ceased: IsoDate | null;
}

/** A spell missing or away from placement without authorisation, from the missing table. */
export interface MissingSpell {
  readonly child: string;
  /** "M" missing, "A" away from placement without authorisation. */
  readonly kind: string;
  readonly start: IsoDate;
}

/** What the counts are made from: the extract's tables, already checked. */
export interface CareExtract {
  readonly episodes: readonly CareEpisode[];
  readonly uasc: readonly UascStatus[];
  readonly missing?: readonly MissingSpell[] | undefined;
}
