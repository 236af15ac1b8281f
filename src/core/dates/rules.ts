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

/**
 * What a rule is for, shown by use: each example's text must yield, through all the date stages,
 * an expression made by the rule with the TIMEX3 value `expect` (news published Thursday 24 March
 * 2022); no non-example may make the rule fire at all. `ruleExamples.test.ts` checks every rule.
 */
export interface RuleExample {
  text: string;
  expect: string;
}

export interface Documented {
  name: string;
  examples: RuleExample[];
  nonExamples: string[];
}

export interface Rule extends Documented {
  /** Source of the pattern; compiled with flags "gd" (plus "i" unless `caseSensitive`). */
  pattern: string;
  caseSensitive?: boolean;
  build: (m: RegExpExecArray, ctx: DateContext) => Built | null;
}

// Word edges: a date does not start inside a word, a number or a hyphenated compound, nor end inside one.
const LEFT = "(?<![\\w.$€£/]|\\w\\.)";
const RIGHT = "(?![\\w%/]|-\\w|[.,]\\d)";

const wrap = (pattern: string): string => `${LEFT}(?:${pattern})${RIGHT}`;
const flagsOf = (rule: Rule, scan: "g" | "y"): string => `${scan}d${rule.caseSensitive ? "" : "i"}`;

// Scanning the whole text once per rule was most of the date stages' time (some sixty rules, most
// matching nowhere in a given article). A stage's rules are scanned together instead: one
// alternation of all of them finds each position where any rule matches, and each rule is tried
// only there, anchored (sticky). A rule's next match starts at the first such position at or past
// the end of its previous one, which is exactly what scanning with that rule alone finds. Rules
// with back-references scan alone, since their group numbers would shift inside the alternation.
interface Plan {
  /** Per rule: the rule anchored at `lastIndex`. */
  anchored: RegExp[];
  /** Alternations of the rules sharing a case mode, with the indices of the rules each holds. */
  unions: { re: RegExp; members: number[] }[];
  /** Rules with back-references, each with its own scanning pattern. */
  alone: { k: number; re: RegExp }[];
}

const plans = new WeakMap<Rule[], Plan>();

function planOf(rules: Rule[]): Plan {
  let plan = plans.get(rules);
  if (plan) return plan;
  const byMode = new Map<boolean, number[]>();
  const alone: Plan["alone"] = [];
  rules.forEach((rule, k) => {
    if (/\\[1-9]/.test(rule.pattern)) {
      alone.push({ k, re: new RegExp(wrap(rule.pattern), flagsOf(rule, "g")) });
      return;
    }
    const mode = rule.caseSensitive ?? false;
    byMode.set(mode, [...(byMode.get(mode) ?? []), k]);
  });
  const unions = [...byMode].map(([caseSensitive, members]) => {
    // Only positions are wanted from it: the extent groups become plain groups, as one name
    // may not appear twice in a pattern.
    const alternatives = members.map((k) => rules[k]!.pattern.replaceAll("(?<x>", "(?:"));
    return { re: new RegExp(wrap(alternatives.join("|")), caseSensitive ? "g" : "gi"), members };
  });
  plan = {
    anchored: rules.map((rule) => new RegExp(wrap(rule.pattern), flagsOf(rule, "y"))),
    unions,
    alone,
  };
  plans.set(rules, plan);
  return plan;
}

/** Per rule, its non-empty matches in text order, as scanning the text with it alone finds them. */
function matchRules(text: string, rules: Rule[]): RegExpExecArray[][] {
  const plan = planOf(rules);
  const found: RegExpExecArray[][] = rules.map(() => []);
  for (const { k, re } of plan.alone) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) re.lastIndex++;
      else found[k]!.push(m);
    }
  }
  for (const { re, members } of plan.unions) {
    // Where each member's own scan would resume: past its last match, or one past an empty one.
    const resume = members.map(() => 0);
    re.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while ((hit = re.exec(text))) {
      const at = hit.index;
      // Every position a rule matches at, overlapping ones included.
      re.lastIndex = at + 1;
      members.forEach((k, j) => {
        if (resume[j]! > at) return;
        const anchored = plan.anchored[k]!;
        anchored.lastIndex = at;
        const m = anchored.exec(text);
        if (!m) return;
        resume[j] = at + Math.max(1, m[0].length);
        if (m[0].length > 0) found[k]!.push(m);
      });
    }
  }
  return found;
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
  const found = matchRules(ctx.text, rules);
  rules.forEach((rule, k) => {
    for (const m of found[k]!) {
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
  });
  return out;
}

/** The text just before `start` on the same line, lower-cased, for look-behind checks in builders. */
export function before(ctx: DateContext, start: number, chars = 30): string {
  return ctx.text.slice(Math.max(0, start - chars), start).toLowerCase();
}

export function after(ctx: DateContext, end: number, chars = 30): string {
  return ctx.text.slice(end, end + chars).toLowerCase();
}
