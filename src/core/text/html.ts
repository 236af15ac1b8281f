// Reduces an HTML document to the plain text a reader sees. Runs in Node and in a worker, so it
// cannot lean on a DOM: a single linear scan over tags, which also means deeply nested markup
// cannot overflow a stack. Script, style and other non-text elements are dropped with everything
// inside them; block elements become line breaks so sentences do not run together.

const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "iframe",
  "object",
  "embed",
  "template",
  "svg",
  "math",
  "nav",
  "footer",
  "form",
  "select",
  "button",
  "canvas",
  "audio",
  "video",
]);
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "aside",
  "blockquote",
  "figure",
  "figcaption",
  "pre",
  "hr",
  "dd",
  "dt",
  "dl",
  "main",
  "caption",
  "td",
  "th",
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  copy: "©",
  reg: "®",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  oacute: "ó",
  uacute: "ú",
  iacute: "í",
  ntilde: "ñ",
  ouml: "ö",
  uuml: "ü",
  auml: "ä",
  ccedil: "ç",
  laquo: "«",
  raquo: "»",
  middot: "·",
  deg: "°",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X"
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      // Out-of-range or surrogate code points would make an invalid string: keep the source text.
      if (
        !Number.isFinite(code) ||
        code <= 0 ||
        code > 0x10ffff ||
        (code >= 0xd800 && code <= 0xdfff)
      )
        return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export interface HtmlText {
  text: string;
  /** <title>, else the first <h1>, when present. */
  title: string | null;
  /** <meta name|property="..." content="..."> pairs, names lower-cased. */
  meta: Record<string, string>;
}

// No part of a tag may run past the next "<" or, in a quoted value, past 4,000 characters: an
// unclosed tag must fail fast, or a page of them makes this scan quadratic.
const TAG =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^<>]*>|<\?[^<>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^"]{0,4000}"|'[^']{0,4000}')*)>/g;
const TITLE_END = /<\/title/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (name) out[name] = decodeEntities(m[3] ?? m[4] ?? m[5] ?? "");
  }
  return out;
}

export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  const meta: Record<string, string> = {};
  let title: string | null = null;
  let dropping: string | null = null; // the element whose content we are skipping
  let dropDepth = 0;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const between = html.slice(last, m.index);
    last = TAG.lastIndex;
    if (!dropping) parts.push(between);
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[0][1] === "/";
    if (dropping) {
      if (name === dropping) dropDepth += closing ? -1 : m[0].endsWith("/>") ? 0 : 1;
      if (dropDepth === 0) dropping = null;
      continue;
    }
    if (name === "meta" && !closing) {
      const a = attributes(m[2] ?? "");
      const key = (a.name ?? a.property ?? a.itemprop ?? "").toLowerCase();
      if (key && a.content !== undefined) meta[key] = a.content;
    }
    if (name === "title" && !closing) {
      // The <title> is metadata, not body text: skip to its end.
      TITLE_END.lastIndex = last;
      const endIdx = TITLE_END.exec(html)?.index ?? -1;
      const inner = html.slice(last, endIdx < 0 ? html.length : endIdx);
      const t = decodeEntities(inner).replace(/\s+/g, " ").trim();
      if (title === null && t) title = t;
      last = endIdx < 0 ? html.length : endIdx;
      TAG.lastIndex = last;
      continue;
    }
    if (!closing && DROPPED.has(name) && !m[0].endsWith("/>")) {
      dropping = name;
      dropDepth = 1;
      continue;
    }
    if (BLOCK.has(name)) parts.push("\n\n");
  }
  if (!dropping) parts.push(html.slice(last));
  const text = decodeEntities(parts.join(""))
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const h1Text = h1
    ? decodeEntities(h1.replace(/<[^>]*>/g, ""))
        .replace(/\s+/g, " ")
        .trim()
    : "";
  return { text, title: title ?? (h1Text || null), meta };
}
