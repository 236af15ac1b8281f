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

/**
 * "Ardley, Benton, Corwin and Dalby counties": every name in a list that ends in
 * "counties" or "parishes" is a county, whatever else the gazetteer calls it.
 */
export const listCounties: PlaceStage = (ctx, input) => {
  const { text, tokens, gaz } = ctx;
  const drafts = [...input];
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k];
    if (!head || !/^(counties|parishes)$/i.test(head.text) || !isSpaceGap(head.gap)) continue;
    const runs: [Token, Token][] = [];
    let e = k - 1;
    while (e >= 0 && runs.length < 12) {
      const last = tokens[e];
      if (!last?.cap) break;
      let b = e;
      const before = tokens[b - 1];
      if (before?.cap && isSpaceGap(last.gap) && !TITLES.has(before.lower)) b--;
      const first = tokens[b];
      if (!first) break;
      runs.push([first, last]);
      // Separators: ", ", " and ", ", and ", "/".
      const sep = first.gap;
      const prevTok = tokens[b - 1];
      if (/^\s*(,|\/)\s*$/.test(sep)) e = b - 1;
      else if (prevTok && (prevTok.lower === "and" || prevTok.lower === "or") && isSpaceGap(sep))
        e = b - 2;
      else break;
    }
    if (runs.length < 2) continue;
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
          candidates: gaz.lookupFolded(key),
          hint: "county",
          locative: false,
          by: "recognize:county-list",
        },
      });
    }
  }
  return drafts.sort((a, b) => a.mention.start - b.mention.start);
};

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
