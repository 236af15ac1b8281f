// The last recognition stages: county lists and containers. They see the names the scan kept,
// because both are about names side by side: "Ardley, Benton and Dalby counties" reads every
// name of the list again as a county; "Alexandria, La." and "a village in Kherson" tie a name to
// the place that holds it, which resolution then prefers.
import { foldName } from "./fold";
import { TITLES } from "./lexicon";
import { US_STATE_ABBREVIATIONS } from "./tables";
import { type Token, isSpaceGap } from "./tokens";
import type { PlaceContext, PlaceDraft, PlaceMention, PlaceStage, RejectReason } from "./types";

function dropped(ctx: PlaceContext, d: PlaceDraft, rule: string, reason: RejectReason): void {
  ctx.drop?.({ ...d, rejected: { stage: "containers", rule, reason, afterHead: false } });
}

/** A name of one or two capitalised words ending at token e, read backwards, as [first, last]. */
function runEndingAt(tokens: Token[], e: number): [Token, Token] | undefined {
  const last = tokens[e];
  if (!last?.cap) return undefined;
  const before = tokens[e - 1];
  const two = before?.cap && isSpaceGap(last.gap) && !TITLES.has(before.lower);
  const first = two ? before : last;
  return [first, last];
}

/** Does the list go on before `first`: ", " or "/" or " and " / " or "? Then where it goes on. */
function separatedBefore(tokens: Token[], b: number): number | undefined {
  const sep = tokens[b]?.gap ?? "";
  const prevTok = tokens[b - 1];
  if (/^\s*(,|\/)\s*$/.test(sep)) return b - 1;
  if (prevTok && (prevTok.lower === "and" || prevTok.lower === "or") && isSpaceGap(sep))
    return b - 2;
  return undefined;
}

/** The names of a list that ends at token e ("Ardley, Benton and Dalby"), last first. */
function listEndingAt(tokens: Token[], e: number | undefined): [Token, Token][] {
  const runs: [Token, Token][] = [];
  while (e !== undefined && e >= 0 && runs.length < 12) {
    const run = runEndingAt(tokens, e);
    if (!run) break;
    runs.push(run);
    e = separatedBefore(tokens, tokens.indexOf(run[0]));
  }
  return runs;
}

/** Where a list introduced after "counties" ends: "counties such as Ardley and Benton". */
function listAfter(tokens: Token[], k: number): number | undefined {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  let s: number;
  if (a?.lower === "including" || a?.lower === "like") s = k + 2;
  else if (a?.lower === "such" && b?.lower === "as") s = k + 3;
  else return undefined;
  let e: number | undefined;
  for (let j = s; j < tokens.length && j - s < 24; j++) {
    const t = tokens[j];
    if (!t) break;
    const joined = j === s || isSpaceGap(t.gap) || /^\s*,\s*$/.test(t.gap);
    if (!joined) break;
    if (t.cap) e = j;
    else if (!/^(and|or)$/.test(t.lower)) break;
  }
  return e;
}

/**
 * "Ardley, Benton, Corwin and Dalby counties", "counties such as Ardley and Benton": every name
 * in a list that ends in "counties" or "parishes", or that they introduce, is a county, whatever
 * else the gazetteer calls it.
 */
export const listCounties: PlaceStage = (ctx, input) => {
  const { text, tokens, gaz } = ctx;
  const drafts = [...input];
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k];
    if (!head || !/^(counties|parishes)$/i.test(head.text) || !isSpaceGap(head.gap)) continue;
    const before = listEndingAt(tokens, k - 1);
    const after = listEndingAt(tokens, listAfter(tokens, k)).filter(([f]) => f.start > head.end);
    const runs = before.length >= 2 ? before : after;
    const division = /^counties$/i.test(head.text) ? "county" : "parish";
    for (const [first, last] of runs) {
      const name = text.slice(first.start, last.end);
      const key = foldName(name);
      for (let x = drafts.length - 1; x >= 0; x--) {
        const d = drafts[x];
        if (d && d.mention.start < last.end && first.start < d.mention.end) {
          drafts.splice(x, 1);
          dropped(ctx, d, "county-list", "county list");
        }
      }
      drafts.push({
        at: tokens.indexOf(first),
        next: tokens.indexOf(last) + 1,
        mention: {
          start: first.start,
          end: last.end,
          text: name,
          via: "name",
          key: `${key} county`,
          // The gazetteer may list a county only with its head word ("Benton County").
          candidates: [...gaz.lookupFolded(key), ...gaz.lookupFolded(`${key} ${division}`)],
          hint: "county",
          locative: false,
          by: "recognize:county-list",
        },
      });
    }
  }
  return drafts.sort((a, b) => a.mention.start - b.mention.start);
};

/** "X district of Y", "the X neighbourhood of the city of Y": a part of a town, named with it. */
const DISTRICT_OF =
  /^\s+(?:district|neighbou?rhood|area|quarter|suburb|section|borough)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$/i;

/**
 * Containment between neighbouring mentions: "Alexandria, La." (a state abbreviation, added as a
 * mention of the state), "Lviv, Ukraine" (comma), "a village in Kherson" ("in", weaker).
 */
export const linkContainers: PlaceStage = (ctx, input) => {
  const { text, gaz } = ctx;
  // Containers are set on copies: a stage returns its drafts and leaves its input alone.
  const drafts = input.map((d) => ({ ...d, mention: { ...d.mention } }));
  // US state abbreviations are mentions of the state: dotted pairs ("N.Y.", "S.C.") anywhere,
  // the others ("La.", "Calif.") after a town and a comma or in a party tag ("D-Calif.").
  // Each alternative starts with its capital and checks what precedes it after that, so the
  // engine skips ahead to capitals instead of running both look-behinds at every position.
  const extra: PlaceDraft[] = [];
  for (const m of text.matchAll(
    /[A-Z](?<![\p{L}.][A-Z])\.[A-Z]\.|[A-Z](?<=(?:,[ \t]{0,3}|\b[DRI]-)[A-Z])[a-z]{1,4}\.|W\.\s?Va\./gu,
  )) {
    const abbr = m[0];
    const code = US_STATE_ABBREVIATIONS[abbr.replace(/\s/g, "")];
    const state = code ? gaz.byId(`admin:US-${code}`) : undefined;
    if (!state) continue;
    const start = m.index;
    // It replaces a name read into the same letters ("Mont." is not Mont, France).
    const clash = drafts.findIndex(
      ({ mention: o }) => o.start < start + abbr.length && start < o.end,
    );
    if (clash >= 0) {
      const o = drafts[clash];
      if (!o || o.mention.end > start + abbr.length || o.mention.start < start) continue;
      drafts.splice(clash, 1);
      dropped(ctx, o, "state-abbreviation", "state abbreviation");
    }
    extra.push({
      at: -1,
      next: -1,
      mention: {
        start,
        end: start + abbr.length,
        text: abbr,
        via: "name",
        key: foldName(state.name),
        candidates: [state],
        locative: false,
        by: "recognize:state-abbreviation",
      },
    });
  }
  if (extra.length) {
    drafts.push(...extra);
    drafts.sort((a, b) => a.mention.start - b.mention.start);
  }
  const mentions: PlaceMention[] = drafts.map((d) => d.mention);
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const n = mentions[k + 1];
    if (!m || !n) continue;
    const between = text.slice(m.end, n.start);
    if (/^\s*,\s*$/.test(between)) m.container = { index: k + 1, strength: "comma" };
    else if (DISTRICT_OF.test(between) || (/\bEnd$/.test(m.text) && /^\s+of\s+$/.test(between)))
      m.container = { index: k + 1, strength: "in", district: true };
    else if (/^['’]s?\s+$/.test(between) && !n.container)
      // "Manhattan's Chelsea": the possessive names the place that holds the next one.
      n.container = { index: k, strength: "in", district: true };
    else if (
      m.site &&
      /^,?\s+(?:near|outside|in|at|close to|(?:north|south|east|west) of)\s+(?:the\s+)?(?:(?:town|city|village) of\s+)?$/i.test(
        between,
      )
    ) {
      m.container = { index: k + 1, strength: "in" };
    } else if (
      /^,?\s+(?:(?:located|situated|based)\s+)?in\s+(?:the\s+)?(?:(?:state|province|region) of\s+)?$/i.test(
        between,
      )
    ) {
      m.container = { index: k + 1, strength: "in" };
    }
  }
  return drafts;
};
