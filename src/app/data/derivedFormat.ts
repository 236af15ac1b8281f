// The files `npm run build` writes under data/derived/ (src/cli/derive.ts) and the app reads
// first (data/loadDataset.ts). No imports: the main bundle and the build script both use it.

/** What `npm run build` writes to data/derived/ (src/cli/derive.ts); the app reads it first. */
export interface DerivedManifest {
  format: 1;
  /** File names inside the derived folder. */
  meta: string;
  mentions: string;
  events: string[];
  eventCount: number;
  /** Set instead of the files when dataset.json could not be read or failed validation: the app
   * shows it as its error screen. */
  error?: { title: string; problems: string[]; hint?: string };
}

/** Where a document's text is, relative to the derived folder; by index, since an id is any string. */
export function textFileName(docIndex: number): string {
  return `text/${docIndex}.txt`;
}

// The error screen's wording, shared by the build-time derive and the in-browser fallback so a bad
// dataset reads the same either way.
export const INVALID_JSON_TITLE = "dataset.json is not valid JSON.";
export const INVALID_SCHEMA_TITLE =
  "dataset.json does not match the Dateline format (schema 1). Regenerate it with the extractor:";
export const REGENERATE_HINT = "npm run extract -- path/to/articles";

/** The gazetteer index, gzipped by `npm run build` (src/cli/packGazetteer.ts), relative to the
 * page: the import worker fetches it the first time the reader adds an article. */
export const GAZETTEER_URL = "./data/gazetteer.json.gz";
