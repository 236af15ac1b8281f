// The corpus the reader builds in the browser: the served (or opened) dataset plus the articles
// added on this machine. Pure, so the worker around it only passes messages; extraction is the
// CLI's own `extractArticle`, and the merge the CLI's `mergeFindings` over every document's
// findings, so stages that span articles (story grouping) see the whole corpus.
import { formatOf } from "../../core/article";
import type { Dataset, DocumentRecord } from "../../core/contract";
import { assembleDataset, splitDataset, type DocumentFindings } from "../../core/dataset";
import { type ArticleTask, extractArticle } from "../../core/extractArticle";
import { cyrb53 } from "../../core/ids";
import type { Gazetteer } from "../../core/places/gazetteer";
import type { AddedArticle, ArticleInput } from "./corpusProtocol";
import { browserPath } from "./names";

/** What the extractor gets for an input. The document id derives from the path and the content
 * (and what was typed with it): two files of one name are two documents, the same file twice is
 * one. */
export function articleTask(input: ArticleInput): ArticleTask | null {
  const format = formatOf(input.name);
  if (!format) return null;
  const path = browserPath(input.name);
  const bytes = new Uint8Array(input.bytes);
  // windows-1252 maps every byte to one code unit: a cheap, exact key for the bytes.
  const content = new TextDecoder("windows-1252").decode(bytes);
  const meta = input.meta ?? {};
  return {
    path,
    format,
    bytes,
    sidecar: { meta: meta.title || meta.url ? { title: meta.title, url: meta.url } : null },
    defaultPublished: meta.published ?? null,
    defaultSource: "entered",
    idKey: `${path}\n${cyrb53(content).toString(36)}\n${JSON.stringify(meta)}`,
    // "browser" is where the app files added articles, not who published them.
    outletFromFolder: false,
  };
}

export type Extracted =
  { ok: true; record: DocumentRecord; findings: DocumentFindings } | { ok: false; reason: string };

/**
 * Extracts one input. An article with no publication date in its metadata or text asks
 * `askDate` for one (null: leave it undated, its relative dates unresolved): the entered date then
 * plays the part of the CLI's `--published`, so the result is the CLI's on the same file.
 */
export async function extractInput(
  input: ArticleInput,
  gazetteer: Gazetteer,
  askDate: (title: string) => Promise<string | null>,
): Promise<Extracted> {
  const task = articleTask(input);
  if (!task) return { ok: false, reason: "not a .txt, .md or .html file" };
  let outcome = extractArticle(task, gazetteer);
  if ("skip" in outcome) return { ok: false, reason: outcome.skip };
  if (outcome.record.published === null) {
    const date = await askDate(outcome.record.title);
    if (date) {
      outcome = extractArticle({ ...task, defaultPublished: date }, gazetteer);
      if ("skip" in outcome) return { ok: false, reason: outcome.skip };
    }
  }
  return { ok: true, record: outcome.record, findings: outcome.findings };
}

export class Corpus {
  private base: { record: DocumentRecord; findings: DocumentFindings }[] = [];
  private readonly added = new Map<string, AddedArticle>();

  /** The corpus the added articles join (null: none). */
  setBase(dataset: Dataset | null): void {
    this.base = dataset ? splitDataset(dataset) : [];
  }

  has(id: string): boolean {
    return this.added.has(id);
  }

  add(article: AddedArticle): void {
    this.added.set(article.record.id, article);
  }

  remove(id: string): boolean {
    return this.added.delete(id);
  }

  /** Base and added documents, merged as one run of the extractor over all of them would. An
   * added document stands in for a base document of the same id (a downloaded dataset opened
   * again holds the articles added before). */
  dataset(): Dataset {
    const added = [...this.added.values()];
    const base = this.base.filter((b) => !this.added.has(b.record.id));
    return assembleDataset([...base, ...added]);
  }
}
