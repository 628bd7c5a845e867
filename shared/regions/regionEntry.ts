// The shape of a division in the data files (fujianRegions.ts, provinces.ts): its own file so the data
// and the lookups in region.ts do not import each other.
/** A division as the data files list it. */
export interface RegionEntry {
  readonly code: string;
  readonly name: string;
  /** false when the code or name is remembered rather than read in the source list; absent means read there. */
  readonly verified?: false;
}
