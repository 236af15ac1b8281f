// Publication date inference for an article that carries no metadata. The date has to come from
// the text itself (never the machine's clock), and the evidence is reported so that a reader can
// judge it. Strongest evidence first:
//   1. a "Published/Updated/Posted: <date>" line near the top, as CMS exports print it;
//   2. an embedded Unix timestamp (10 digits, or 13 for milliseconds) in a plausible range, which
//      scraped pages often keep from image names and tracking markup;
//   3. the latest fully written calendar date (day, month and year) in the text.
import { latestFullDate } from "../dates";

export interface PublishedGuess {
  published: string;
  evidence: string;
}

// 2000-01-01 .. 2049-12-31: outside that a 10-digit number is far more likely an id or a phone.
const MIN_EPOCH = 946_684_800;
const MAX_EPOCH = 2_524_607_999;

function timestampToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function findUnixTimestamp(
  text: string,
): { seconds: number; start: number; raw: string } | null {
  let best: { seconds: number; start: number; raw: string } | null = null;
  for (const m of text.matchAll(/(?<![\w.,:/-])(\d{10}|\d{13})(?!\w|[.,:/-]\d)/g)) {
    const raw = m[1] ?? "";
    const seconds = raw.length === 13 ? Math.floor(Number(raw) / 1000) : Number(raw);
    if (seconds < MIN_EPOCH || seconds > MAX_EPOCH) continue;
    if (!best || seconds > best.seconds) best = { seconds, start: m.index ?? 0, raw };
  }
  return best;
}

export function inferPublished(text: string): PublishedGuess | null {
  const head = text.slice(0, 1500);
  const line =
    /^[^\S\n]*(?:published|updated|posted|first published|last updated|date)\b[^\n]{0,120}$/im.exec(
      head,
    );
  if (line) {
    const found = latestFullDate(line[0]);
    if (found) return { published: found.date, evidence: `"${line[0].trim().slice(0, 60)}" line` };
  }
  const ts = findUnixTimestamp(text);
  if (ts) {
    return {
      published: timestampToIso(ts.seconds),
      evidence: `unix timestamp ${ts.raw} at offset ${ts.start}`,
    };
  }
  const latest = latestFullDate(text);
  if (latest) {
    return {
      published: latest.date,
      evidence: `latest full date "${text.slice(latest.start, latest.end)}" at offset ${latest.start}`,
    };
  }
  return null;
}
