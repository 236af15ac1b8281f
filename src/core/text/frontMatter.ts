// Article metadata from a leading `---` YAML block (CONTRACT.md: published, title, url, genre;
// plus `source`/`outlet`, which name the publisher).
// Only flat `key: value` pairs are read; that is all the contract asks of front matter, and it
// keeps a YAML parser (and its surprises, like `no` becoming false) out of the core.

export interface ArticleMeta {
  published?: string;
  title?: string;
  url?: string;
  genre?: string;
  source?: string;
  outlet?: string;
}

export interface FrontMatterResult {
  meta: ArticleMeta;
  body: string;
  /** Set when a block was opened but could not be read; the body is then the whole input. */
  problem?: string;
}

const KEYS = new Set(["published", "title", "url", "genre", "date", "source", "outlet"]);

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) {
    return t.slice(1, -1);
  }
  return t;
}

// A YAML line as front matter holds them: `key: value`, an indented continuation, a list item or
// a comment. A leading `---` followed by anything else is a Markdown divider, not metadata.
const YAML_LINE = /^(?:[A-Za-z_][\w-]*\s*:.*|\s+\S.*|-\s.*|#.*|\s*)$/;

export function parseFrontMatter(raw: string): FrontMatterResult {
  if (!/^---[ \t]*\r?\n/.test(raw)) return { meta: {}, body: raw };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw.slice(3));
  if (!close) {
    const firstLine =
      raw
        .slice(3)
        .split(/\r?\n/)
        .find((l) => l.trim().length > 0) ?? "";
    return /^[A-Za-z_][\w-]*\s*:/.test(firstLine)
      ? { meta: {}, body: raw, problem: "front matter opened with --- but never closed" }
      : { meta: {}, body: raw };
  }
  const block = raw.slice(3, 3 + close.index);
  if (!block.split(/\r?\n/).every((line) => YAML_LINE.test(line))) return { meta: {}, body: raw };
  const body = raw.slice(3 + close.index + close[0].length);
  const meta: ArticleMeta = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m || !m[1]) continue;
    const key = m[1].toLowerCase();
    if (!KEYS.has(key)) continue;
    const value = unquote(m[2] ?? "");
    if (!value) continue;
    // `date` is the common spelling in static-site generators; the contract's key wins.
    if (key === "date") meta.published ??= value;
    else meta[key as keyof ArticleMeta] = value;
  }
  return { meta, body };
}
