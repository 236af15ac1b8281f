// Stage 6: the scan. Reads the text left to right as a reader would: at each word the reading
// that starts there is taken and the words it covers are passed over, so a name inside a longer
// one ("Paris" in "Paris Hilton") is never read on its own. What a candidate covers depends on
// the verdict: a street or feature takes its head word along; a division takes its head word
// even when a later rule turned it down; a person's name or an ordinary word may still start a
// name the gazetteer lacks ("Fort Brackton"); a site's name is read whole ("Velkin Air Base").
import { headedMention, namedSite, withHead } from "./headedNames";
import { isSpaceGap } from "./tokens";
import type { PlaceDraft, PlaceStage, Rejection } from "./types";

/** The second of a pair of town names read as a person's ("Blair Norton"). */
const PAIR_SECOND: Rejection = {
  stage: "person",
  rule: "town-pair-second",
  reason: "person",
  afterHead: false,
};

/**
 * A later bare use of a pair's second name ("Blair Norton ... Norton arrived"): the same person,
 * one sense per discourse. Not after a preposition of place nor before a comma and a region,
 * where the town may still be meant ("flew to Norton", "Norton, Kan.").
 */
const PAIR_SURNAME: Rejection = {
  stage: "person",
  rule: "town-pair-surname-again",
  reason: "person",
  afterHead: false,
};

export const scan: PlaceStage = (ctx, drafts) => {
  const { text, tokens, gaz } = ctx;
  const matchAt = new Map<number, PlaceDraft>();
  const headedAt = new Map<number, PlaceDraft>();
  for (const d of drafts) (d.candidate ? matchAt : headedAt).set(d.at, d);
  const out: PlaceDraft[] = [];
  // A token already judged to be part of a person's name by the match before it.
  let pairNext = -1;
  const pairSurnames = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const d = matchAt.get(i);
    const c = d?.candidate;
    if (!d || !c) {
      const headed = headedAt.get(i);
      if (headed) out.push(headed);
      i = headed ? headed.next : i + 1;
      continue;
    }
    const bare = c.via === "name" && c.single;
    const rejected =
      bare && pairNext === c.from
        ? PAIR_SECOND
        : (d.rejected ??
          (bare && !c.locative && !c.commaAfter && pairSurnames.has(c.key)
            ? PAIR_SURNAME
            : undefined));
    if (rejected === PAIR_SECOND) pairSurnames.add(c.key);
    if (!rejected && (d.head?.kind === "street" || d.head?.kind === "feature") && c.next) {
      const kind = d.head.kind;
      out.push({
        ...d,
        mention: headedMention(text, c.first, c.next, kind, c.candidates, c.locative),
      });
      i = c.to + 2;
      continue;
    }
    if (rejected && (rejected.reason === "common word" || rejected.reason === "person")) {
      // "Fort Brackton", "Lake Velkin": the rejected word may start a feature or site name.
      const headed = headedAt.get(c.from);
      if (headed) {
        ctx.drop?.({ ...d, rejected });
        out.push(headed);
        i = headed.next;
        continue;
      }
    }
    if (rejected) ctx.drop?.({ ...d, rejected });
    else out.push({ ...d, mention: withHead(text, d, c) });
    const headKept = !rejected || rejected.afterHead;
    if (rejected?.rule === "town-pair") pairNext = c.to + 1;
    if (rejected?.reason === "site") {
      const site = namedSite(text, tokens, c.from, gaz);
      if (site) out.push({ at: c.from, next: site.next, mention: site.mention });
      i = site ? site.next : c.to + 1;
      continue;
    }
    i = c.to + 1 + (headKept && d.head?.kind === "division" ? 1 : 0);
    if (headKept && d.head?.kind === "rest-of-run")
      while (tokens[i]?.cap && isSpaceGap(tokens[i]?.gap ?? "")) i++;
  }
  return out;
};
