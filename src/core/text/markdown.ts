// Markdown to the plain text a reader sees. Offsets in the dataset index the document text, and
// the Sources panel quotes it, so markup has to go before any stage runs: "**Kyiv**" must read as
// "Kyiv", a link as its words. Line by line, keeping one output line per input line so that
// headings, list items and paragraphs still end passages where the author ended them. Not a full
// CommonMark parser: nested structures and inline HTML are left as they are, which costs at most
// a stray symbol in a quote.

// Characters that a backslash escapes, and that code spans must protect from the emphasis rules.
// They are parked in the Private Use Area while the inline rules run, then put back.
const PROTECT_BASE = 0xe000;
const protect = (s: string): string =>
  s.replace(/[!-/:-@[-`{-~]/g, (c) => String.fromCharCode(PROTECT_BASE + c.charCodeAt(0)));
const restore = (s: string): string =>
  s.replace(/[\ue021-\ue07e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PROTECT_BASE));

function inline(line: string): string {
  return (
    line
      .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => protect(c))
      .replace(/(`+)([^`]|[^`].*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) =>
        protect(code.trim()),
      )
      // Images keep their alt text: it often names what the photo shows, and it is the author's.
      .replace(/!\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, "$1")
      // Emphasis needs text hugging both delimiters ("5 * 3 * 2" is arithmetic); an underscore
      // inside a word ("snake_case") is not emphasis.
      .replace(/(\*{1,3})(?=[^\s*])([^*\n]*?[^\s*])\1/g, "$2")
      .replace(/(?<![\p{L}\p{N}_])(_{1,3})(?=[^\s_])([^_\n]*?[^\s_])\1(?![\p{L}\p{N}_])/gu, "$2")
      .replace(/~~(?=\S)([^~\n]*?\S)~~/g, "$1")
  );
}

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;

export function markdownToText(markdown: string): string {
  const lines = markdown.split("\n");
  let fence: string | null = null;
  const out = lines.map((raw, i) => {
    const open = FENCE.exec(raw);
    if (fence) {
      if (open && open[1] === fence) fence = null;
      return open && fence === null ? "" : raw;
    }
    if (open) {
      fence = open[1] ?? null;
      return "";
    }
    // An underline under a text line makes it a heading; elsewhere a run of dashes is a rule.
    if (SETEXT.test(raw) && i > 0 && (lines[i - 1] ?? "").trim() !== "") return "";
    if (RULE.test(raw) || LINK_DEFINITION.test(raw)) return "";
    const line = raw
      .replace(/^\s{0,3}(?:>\s?)+/, "")
      .replace(/^\s{0,3}#{1,6}(?:\s+|$)/, "")
      .replace(/\s+#+\s*$/, "")
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, "");
    return restore(inline(line));
  });
  return out.join("\n");
}
