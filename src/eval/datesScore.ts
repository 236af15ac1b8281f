// TempEval-3 scoring of timexes (UzZaman et al. 2013): one-to-one matching of system and gold
// timexes, strict (identical spans) and relaxed (overlapping spans); value accuracy over the
// relaxed pairs; value F1 = relaxed F1 × value accuracy. A gold timex without a value (the corpus
// leaves some anaphoric ones unresolved) counts as a value mismatch: nothing can equal it.

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string | null;
  text?: string;
}

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  valueOk: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, valueOk: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    sys: a.sys + b.sys,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    valueOk: a.valueOk + b.valueOk,
  };
}

export interface Pair {
  gold: ScoredTimex;
  sys: ScoredTimex;
}

export interface DocScore {
  counts: Counts;
  pairs: Pair[];
  missed: ScoredTimex[];
  spurious: ScoredTimex[];
}

function overlap(a: ScoredTimex, b: ScoredTimex): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching: exact-span pairs first, then the remaining overlapping pairs by decreasing
 * overlap (ties by position), so one long system timex cannot claim two gold ones.
 */
export function scoreDocument(gold: ScoredTimex[], sys: ScoredTimex[]): DocScore {
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Pair[] = [];
  let strict = 0;
  gold.forEach((g, gi) => {
    const si = sys.findIndex((s, i) => !usedS.has(i) && s.start === g.start && s.end === g.end);
    if (si >= 0) {
      usedG.add(gi);
      usedS.add(si);
      strict++;
      pairs.push({ gold: g, sys: sys[si]! });
    }
  });
  const cands: { gi: number; si: number; ov: number }[] = [];
  gold.forEach((g, gi) => {
    if (usedG.has(gi)) return;
    sys.forEach((s, si) => {
      if (usedS.has(si)) return;
      const ov = overlap(g, s);
      if (ov > 0) cands.push({ gi, si, ov });
    });
  });
  cands.sort((a, b) => b.ov - a.ov || a.gi - b.gi || a.si - b.si);
  for (const c of cands) {
    if (usedG.has(c.gi) || usedS.has(c.si)) continue;
    usedG.add(c.gi);
    usedS.add(c.si);
    pairs.push({ gold: gold[c.gi]!, sys: sys[c.si]! });
  }
  const valueOk = pairs.filter((p) => p.gold.value !== null && p.gold.value === p.sys.value).length;
  return {
    counts: { gold: gold.length, sys: sys.length, strict, relaxed: pairs.length, valueOk },
    pairs,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: sys.filter((_, i) => !usedS.has(i)),
  };
}

export interface Figures {
  strictP: number;
  strictR: number;
  strictF: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF: number;
  valueAcc: number;
  valueF: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(c: Counts): Figures {
  const strictP = ratio(c.strict, c.sys);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.sys);
  const relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF = f1(relaxedP, relaxedR);
  const valueAcc = ratio(c.valueOk, c.relaxed);
  return {
    strictP,
    strictR,
    strictF: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF,
    valueAcc,
    valueF: relaxedF * valueAcc,
  };
}
