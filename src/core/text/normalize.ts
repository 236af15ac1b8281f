// The document text every offset indexes. Line ends are unified (CRLF and lone CR become LF) and
// a byte-order mark is dropped, so that the same article saved on another system gives the same
// offsets; nothing else is changed.
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replaceAll("\u0000", "");
}

/** Collapses runs of whitespace, for passages shown to readers and compared with each other. */
export function squashWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
