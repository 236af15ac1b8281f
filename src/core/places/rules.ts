// The runner shared by the filter stages: each stage is an ordered list of rules, and a candidate
// not yet turned down is turned down by the first rule of the stage that fires on it. Rules judge
// gazetteer candidates only; names read from a head word are judged by how they were read.
import type { Candidate, PlaceContext, PlaceDraft, PlaceRule, PlaceStage } from "./types";

/** Does the rule fire on the candidate of this draft? Its head-word guard included. */
export function fires(rule: PlaceRule, c: Candidate, ctx: PlaceContext, d: PlaceDraft): boolean {
  // A street's or a feature's name is settled by its head word before the later rules are asked.
  if (rule.afterHead && (d.head?.kind === "street" || d.head?.kind === "feature")) return false;
  return rule.test(c, ctx, d);
}

export function ruleStage(stage: string, rules: readonly PlaceRule[]): PlaceStage {
  return (ctx, drafts) =>
    drafts.map((d) => {
      const c = d.candidate;
      if (!c || d.rejected) return d;
      const rule = rules.find((r) => fires(r, c, ctx, d));
      if (!rule) return d;
      const afterHead = rule.afterHead ?? false;
      return { ...d, rejected: { stage, rule: rule.name, reason: rule.reason, afterHead } };
    });
}
