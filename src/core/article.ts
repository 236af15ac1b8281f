// An article file's bytes and name, before any stage runs: which format its name says, whether it
// is small enough, and its text. Shared by the CLI and the browser (no Node imports), so the same
// file gets the same text and the same one-line reasons in both.
import type { ArticleFormat } from "./document";

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const FORMATS: Record<string, ArticleFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** The extensions read as articles, e.g. for a file picker's `accept`. */
export const ARTICLE_EXTENSIONS = Object.keys(FORMATS);

/** The format a file name's extension says, or null for a file that is not an article. Works on
 * a POSIX or Windows path as well as a bare name. */
export function formatOf(path: string): ArticleFormat | null {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  // ".txt" alone is a hidden file with no extension, as node:path's extname has it.
  if (dot <= 0) return null;
  return FORMATS[name.slice(dot).toLowerCase()] ?? null;
}

/** Why a file of this many bytes is not read, or null when it may be. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `${mb} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`;
}

const MAGIC: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
];

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/** Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252; binaries refused. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  for (const [what, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, reason: `binary file (${what})` };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > head.length * 0.1) return { ok: false, reason: "binary file (control bytes)" };
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes),
    };
  } catch {
    return {
      ok: true,
      text: new TextDecoder("windows-1252").decode(bytes),
      note: "not valid UTF-8; read as Windows-1252",
    };
  }
}
