// Repeated passages. Scraped articles repeat captions and pull quotes, often with other quote
// marks, other spacing, or with a headline glued on front. Such passages are one passage shown in
// several places (CONTRACT.md): they are grouped here, and the group's shortest member (the
// one without the glued fragment) stands for the rest.

import type { Passage } from "../context";

/** Letters and digits only, lower-cased: quote style, punctuation and spacing do not count. */
export function passageKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

// A containment match needs this much text, so short lines ("He said.") never swallow others,
// and the contained passage must be at least half of the other.
const MIN_CONTAINED = 40;
// Repeats sit close together (a caption under its photo, a quote box beside its paragraph), and a
// bounded look-back keeps this linear on a book-length file.
const LOOK_BACK = 400;

export interface PassageGroup {
  canonical: Passage;
  others: Passage[];
}

export function groupRepeatedPassages(text: string, passages: Passage[]): PassageGroup[] {
  const keyed = passages.map((p) => ({ p, key: passageKey(text.slice(p.start, p.end)) }));
  const groupOf = new Map<number, number>(); // passage index -> group index
  const groups: { members: number[] }[] = [];
  const byKey = new Map<string, number>();
  keyed.forEach(({ key }, i) => {
    const exact = byKey.get(key);
    if (exact !== undefined && key.length > 0) {
      const g = groupOf.get(exact)!;
      groups[g]!.members.push(i);
      groupOf.set(i, g);
      return;
    }
    // Nearly verbatim: one passage holds the whole of an earlier one, or the other way round.
    let found = -1;
    if (key.length >= MIN_CONTAINED) {
      for (let j = Math.max(0, i - LOOK_BACK); j < i; j++) {
        const other = keyed[j]!.key;
        if (other.length < MIN_CONTAINED) continue;
        const [short, long] = other.length < key.length ? [other, key] : [key, other];
        // The glued-on part must be the smaller share, or a headline would swallow every
        // passage it happens to be pasted in front of.
        if (short.length * 2 >= long.length && long.includes(short)) {
          found = groupOf.get(j)!;
          break;
        }
      }
    }
    if (found >= 0) {
      groups[found]!.members.push(i);
      groupOf.set(i, found);
    } else {
      groupOf.set(i, groups.length);
      groups.push({ members: [i] });
    }
    byKey.set(key, i);
  });
  return groups.map(({ members }) => {
    // Shortest key first, then earliest: the passage without glued-on text stands for the group.
    const sorted = [...members].sort(
      (a, b) => keyed[a]!.key.length - keyed[b]!.key.length || a - b,
    );
    const [first, ...rest] = sorted;
    return {
      canonical: passages[first!]!,
      others: rest.map((i) => passages[i]!).sort((a, b) => a.start - b.start),
    };
  });
}
