// A small rule runner shared by the recognisers: each rule is a regular expression and a builder.
// The named group `x`, when present, is the TIMEX3 extent inside the match (the match may include
// context such as a preposition that is checked but not tagged: "on Thursday" → "Thursday").
import type { DateContext, Draft, Meaning } from "./types";
import type { TimexType } from "../contract";

export interface Built {
  type: TimexType;
  meaning: Meaning;
  mod?: string;
  clip?: Draft["clip"];
}

export interface Rule {
  name: string;
  /** Source of the pattern; compiled with flags "gd" (plus "i" unless `caseSensitive`). */
  pattern: string;
  caseSensitive?: boolean;
  build: (m: RegExpExecArray, ctx: DateContext) => Built | null;
}

// Word edges: a date does not start inside a word, a number or a hyphenated compound, nor end inside one.
const LEFT = "(?<![\\w.$€£/]|\\w\\.)";
const RIGHT = "(?![\\w%/]|-\\w|[.,]\\d)";

const compiled = new WeakMap<Rule, RegExp>();

function regexOf(rule: Rule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    re = new RegExp(`${LEFT}(?:${rule.pattern})${RIGHT}`, rule.caseSensitive ? "gd" : "gdi");
    compiled.set(rule, re);
  }
  return re;
}

/**
 * Builders number their groups as if `x` were not there: the extent group wraps the whole
 * expression in every pattern, so it is always group 1 and is dropped from the numbering here.
 */
function withoutExtentGroup(m: RegExpExecArray, rule: Rule): RegExpExecArray {
  if (!rule.pattern.includes("(?<x>")) return m;
  const shifted = [m[0], ...m.slice(2)] as unknown as RegExpExecArray;
  shifted.index = m.index;
  shifted.input = m.input;
  return shifted;
}

/** Runs rules over the text; every match a builder accepts becomes a draft tagged `stage/rule`. */
export function runRules(ctx: DateContext, rules: Rule[], stage: string): Draft[] {
  const out: Draft[] = [];
  for (const rule of rules) {
    const re = regexOf(rule);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const built = rule.build(withoutExtentGroup(m, rule), ctx);
      if (!built) continue;
      const span = [...(m.indices?.groups?.x ?? [m.index, m.index + m[0].length])] as [
        number,
        number,
      ];
      // "the" belongs to the noun a hyphenated time adjective modifies, not to the timex:
      // "the eight-year deal", "the third-quarter loss" → "eight-year", "third-quarter".
      const det = /^the\s+(?=[\w]+-[\w]+(?:-[\w]+)?$)/i.exec(ctx.text.slice(span[0], span[1]));
      if (det && /^\s+[a-z]/.test(ctx.text.slice(span[1], span[1] + 3))) span[0] += det[0].length;
      const draft: Draft = {
        start: span[0],
        end: span[1],
        text: ctx.text.slice(span[0], span[1]),
        type: built.type,
        value: "",
        by: `${stage}/${rule.name}`,
        meaning: built.meaning,
      };
      if (built.mod) draft.mod = built.mod;
      if (built.clip) draft.clip = built.clip;
      out.push(draft);
    }
  }
  return out;
}

/** The text just before `start` on the same line, lower-cased, for look-behind checks in builders. */
export function before(ctx: DateContext, start: number, chars = 30): string {
  return ctx.text.slice(Math.max(0, start - chars), start).toLowerCase();
}

export function after(ctx: DateContext, end: number, chars = 30): string {
  return ctx.text.slice(end, end + chars).toLowerCase();
}
