// From an article's raw content to a Document record: text, title and the reference date the
// date stage anchors on. Metadata precedence is fixed by CONTRACT.md: front matter, then the
// sidecar file, then what the text itself says. Never the machine's clock.

import type { DocumentRecord, Genre } from "./contract";
import { inferGenre, latestFullDate } from "./dates";
import { documentId } from "./ids";
import { inferPublished } from "./metadata/published";
import { type ArticleMeta, parseFrontMatter } from "./text/frontMatter";
import { htmlToText } from "./text/html";
import { markdownToText } from "./text/markdown";
import { normalizeText } from "./text/normalize";

export type ArticleFormat = "text" | "markdown" | "html";

/** Where a publication date given from outside the article came from (CONTRACT.md): the CLI's
 * `--published`, or a date the user typed in the app when the article had none. */
export type FallbackSource = "default" | "entered";

export interface RawArticle {
  /** POSIX path as it appears in the dataset. */
  path: string;
  format: ArticleFormat;
  content: string;
  sidecar?: ArticleMeta | null;
  /** The publication date to use when the article's metadata gives none (the CLI's
   * `--published`): it comes before any guess from the text, which the user chose to overrule. */
  defaultPublished?: string | null;
  /** Who gave `defaultPublished`: its `publishedSource`. Default "default". */
  defaultSource?: FallbackSource;
  /** What the document id derives from; the path by default (CONTRACT.md). The app adds the
   * content, since two dropped files may share a name. */
  idKey?: string;
  /** Whether the folder names the outlet when nothing else does (true by default): corpora on
   * disk are commonly kept one folder per outlet, but the app's `browser/` folder is no outlet. */
  outletFromFolder?: boolean;
}

export type Prepared =
  { ok: true; record: DocumentRecord; notes: string[] } | { ok: false; reason: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date or datetime that names a real day, or a written date we can read; else null. */
export function normalizePublished(value: string): string | null {
  const v = value.trim();
  const m = ISO.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
      return null;
    const [hh, mm, ss] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    if (hh > 23 || mm > 59 || ss > 59) return null;
    const zone = /^[+-](\d{2}):?(\d{2})$/.exec(m[7] ?? "");
    if (zone && (Number(zone[1]) > 14 || Number(zone[2]) > 59)) return null;
    return v.replace(" ", "T");
  }
  const written = latestFullDate(v);
  return written ? written.date : null;
}

function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim().length > 0) ?? "";
  const t = line
    .replace(/^#+\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
  return t.length > 200 ? `${t.slice(0, 197)}…` : t;
}

// Only web links: a "javascript:" or "data:" URL from an article's metadata must never become a
// link a reader can click.
function webUrl(value: string | undefined, path: string, notes: string[]): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^https?:\/\/[^\s/]+/i.test(v)) return v;
  notes.push(`${path}: url "${v.slice(0, 40)}" is not an http(s) address; ignored`);
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./i, "").toLowerCase() || null;
  } catch {
    return null;
  }
}

// `source` is a name ("Reuters"), a web address, or in some corpora a provenance note (a
// repository path with a commit): only a name short enough to label a checkbox is an outlet.
function sourceName(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^https?:\/\//i.test(v)) return hostOf(v);
  return v.length <= 60 && v.split(/\s+/).length <= 6 ? v : null;
}

// Who published the article, for naming and filtering by outlet (issue 11): what the metadata
// says, else the host of its address (the publisher's own site), else the folder it was filed in,
// since corpora are commonly kept one folder per outlet. A file at the top of the tree has none.
function outletOf(
  metas: (ArticleMeta | null | undefined)[],
  url: string | null,
  path: string | null,
): string | null {
  for (const m of metas) {
    const named = m?.outlet?.trim() || sourceName(m?.source);
    if (named) return named;
  }
  const host = url ? hostOf(url) : null;
  if (host) return host;
  if (path === null) return null;
  const folders = path.split("/").slice(0, -1);
  const folder = folders[folders.length - 1];
  return folder && folder !== "." && folder !== ".." ? folder : null;
}

function asGenre(value: string | undefined): Genre | null {
  const v = value?.trim().toLowerCase();
  return v === "news" || v === "narrative" ? v : null;
}

export function prepareDocument(raw: RawArticle): Prepared {
  const notes: string[] = [];
  let text: string;
  let meta: ArticleMeta;
  let htmlTitle: string | null = null;
  let htmlMeta: Record<string, string> = {};
  const content = normalizeText(raw.content);
  if (raw.format === "html") {
    const fm = parseFrontMatter(content);
    if (fm.problem) notes.push(`${raw.path}: ${fm.problem}; read as plain HTML`);
    const html = htmlToText(fm.body);
    text = html.text;
    htmlTitle = html.title;
    htmlMeta = html.meta;
    meta = fm.meta;
  } else {
    const fm = parseFrontMatter(content);
    if (fm.problem) notes.push(`${raw.path}: ${fm.problem}; read as plain text`);
    meta = fm.meta;
    const body = raw.format === "markdown" ? markdownToText(fm.body) : fm.body;
    text = body.replace(/^\n+/, "").trimEnd();
  }
  if (text.trim().length === 0) return { ok: false, reason: "no text in it" };

  let published: string | null = null;
  let publishedSource = "none";
  const sources: [string, ArticleMeta | null | undefined][] = [
    ["front-matter", meta],
    ["sidecar", raw.sidecar],
  ];
  for (const [source, m] of sources) {
    if (!m?.published || published) continue;
    const p = normalizePublished(m.published);
    if (p) {
      published = p;
      publishedSource = source;
    } else {
      notes.push(
        `${raw.path}: ${source} published "${m.published.slice(0, 40)}" is not a date; ignored`,
      );
    }
  }
  if (!published) {
    // The page's own published-time meta tag is metadata too; then the CLI's --published, which
    // the user gave to overrule guessing; only then a guess from the text.
    const htmlDate =
      htmlMeta["article:published_time"] ?? htmlMeta["datepublished"] ?? htmlMeta["date"];
    const fromHtml = htmlDate ? normalizePublished(htmlDate) : null;
    const fallback = raw.defaultPublished ? normalizePublished(raw.defaultPublished) : null;
    const guess = fromHtml
      ? { published: fromHtml, evidence: "html meta published time" }
      : fallback
        ? null
        : inferPublished(text);
    if (guess) {
      published = guess.published;
      publishedSource = `inferred: ${guess.evidence}`;
      notes.push(`${raw.path}: publication date inferred from ${guess.evidence}: ${published}`);
    } else if (fallback) {
      published = fallback;
      publishedSource = raw.defaultSource ?? "default";
      const given = publishedSource === "entered" ? "the date entered" : "--published";
      notes.push(`${raw.path}: no publication date in its metadata; using ${given} ${fallback}`);
    } else {
      notes.push(`${raw.path}: no publication date found; relative dates stay unresolved`);
    }
  }

  const metaGenre = asGenre(meta.genre) ?? asGenre(raw.sidecar?.genre ?? undefined);
  const genre: Genre = metaGenre ?? inferGenre(text).genre;

  const id = documentId(raw.idKey ?? raw.path);
  const url = webUrl(meta.url || raw.sidecar?.url || htmlMeta["og:url"], raw.path, notes);
  const record: DocumentRecord = {
    id,
    title: meta.title?.trim() || raw.sidecar?.title?.trim() || htmlTitle || firstLine(text),
    path: raw.path,
    url,
    published,
    publishedSource,
    genre,
    text,
  };
  const outlet = outletOf(
    [meta, raw.sidecar],
    url,
    raw.outletFromFolder === false ? null : raw.path,
  );
  if (outlet) record.outlet = outlet;
  return { ok: true, record, notes };
}
