// The work done for one article once its bytes are read: decode, prepare, analyse, cut down to
// the dataset's findings. The same function runs in the CLI's main thread (--workers 1), in each
// worker of its pool and in the browser's import worker, so the output cannot depend on where an
// article was extracted.
import { decodeArticle } from "./article";
import type { DocumentRecord } from "./contract";
import { type DocumentFindings, findingsOf } from "./dataset";
import { type ArticleFormat, type FallbackSource, prepareDocument } from "./document";
import { analyzeDocument } from "./pipeline";
import type { Gazetteer } from "./places/gazetteer";
import type { ArticleMeta } from "./text/frontMatter";

export interface ArticleTask {
  /** The path as the dataset and the messages show it; the document id derives from it. */
  path: string;
  format: ArticleFormat;
  bytes: Uint8Array;
  sidecar: { meta: ArticleMeta | null; problem?: string };
  /** `--published`: the date for an article whose metadata gives none. */
  defaultPublished: string | null;
  /** Who gave `defaultPublished`; "default" (the CLI's `--published`) when absent. */
  defaultSource?: FallbackSource;
  /** What the document id derives from, when not the path alone (see RawArticle). */
  idKey?: string;
  /** See RawArticle. */
  outletFromFolder?: boolean;
}

/**
 * What became of one article. `lines` go to stderr before anything else about it. A skipped
 * article says why; `cacheable: false` marks a failure a rerun should try again (a crash in the
 * extractor is a bug to be fixed, not a property of the article).
 */
export type ArticleOutcome =
  | { lines: string[]; skip: string; cacheable: boolean }
  | { lines: string[]; record: DocumentRecord; findings: DocumentFindings };

export function extractArticle(task: ArticleTask, gazetteer: Gazetteer): ArticleOutcome {
  const decoded = decodeArticle(task.bytes);
  if (!decoded.ok) return { lines: [], skip: decoded.reason, cacheable: true };
  const lines: string[] = [];
  if (decoded.note) lines.push(`${task.path}: ${decoded.note}`);
  if (task.sidecar.problem) lines.push(`${task.path}: ${task.sidecar.problem}`);
  // A bug in the core must cost one article, not the run.
  try {
    const prepared = prepareDocument({
      path: task.path,
      format: task.format,
      content: decoded.text,
      sidecar: task.sidecar.meta,
      defaultPublished: task.defaultPublished,
      defaultSource: task.defaultSource,
      idKey: task.idKey,
      outletFromFolder: task.outletFromFolder,
    });
    if (!prepared.ok) return { lines, skip: prepared.reason, cacheable: true };
    lines.push(...prepared.notes);
    const { record } = prepared;
    const findings = findingsOf(record, analyzeDocument(record, { gazetteer }));
    return { lines, record, findings };
  } catch (err) {
    const reason = `extractor failed (${err instanceof Error ? err.message : String(err)})`;
    return { lines, skip: reason, cacheable: false };
  }
}
