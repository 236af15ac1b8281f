// A fixed two-way split of a corpus by document id, so rules are tuned on half A and checked on
// half B. The hash is FNV-1a (32-bit) over the id's UTF-16 code units: stable across machines and
// runs, independent of file order, with no dependency.

export type Half = "A" | "B";

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** True when the document with this id falls in the given half (about 50/50). */
export function inHalf(id: string, half: Half): boolean {
  return (fnv1a(id) % 2 === 0 ? "A" : "B") === half;
}

/** Reads a `--half A|B` value; anything else is an error rather than a silent full run. */
export function parseHalf(value: string | undefined): Half {
  if (value === "A" || value === "B") return value;
  throw new Error(`--half expects A or B, got ${value ?? "nothing"}`);
}
