// Stage: TIMEX3 modifiers written around an expression — "early October" (START), "late 1942"
// (END), "mid-November" (MID), "the end of May" (END), "about three years" (APPROX), "more than
// four hours" (MORE_THAN), "a year or so" (APPROX). The words join the extent, as TimeML does.
// Runs after recognition and before overlap resolution, so a modified expression competes with
// its full length.
import type { DateStage, Draft } from "./types";

interface Prefix {
  re: RegExp;
  mod: string;
  /** Which drafts it may modify: points in time, or amounts (durations and "ago"/"later" dates). */
  on: "point" | "amount" | "any";
}

// Each pattern is anchored at the end of the text before the expression.
const PREFIXES: Prefix[] = [
  { re: /\b(?:the\s+)?(?:very\s+)?early(?:\s+in\s+|\s+|-)$/i, mod: "START", on: "point" },
  { re: /\b(?:the\s+)?(?:very\s+)?late(?:\s+in\s+|\s+|-)$/i, mod: "END", on: "point" },
  // "earlier that day", "later Friday": a part of the day or period in context.
  { re: /\bearlier\s+$/i, mod: "START", on: "point" },
  { re: /\blater\s+$/i, mod: "END", on: "point" },
  { re: /\b(?:the\s+)?mid(?:-|\s+|dle\s+of\s+)$/i, mod: "MID", on: "point" },
  {
    re: /\b(?:the\s+)?(?:end|close|last\s+part|latter\s+part|latter\s+half|second\s+half)\s+of\s+$/i,
    mod: "END",
    on: "point",
  },
  {
    re: /\b(?:the\s+)?(?:beginning|start|outset|dawn|first\s+part|early\s+part|first\s+half|turn)\s+of\s+$/i,
    mod: "START",
    on: "point",
  },
  { re: /\b(?:the\s+)?middle\s+of\s+$/i, mod: "MID", on: "point" },
  {
    re: /\b(?:about|around|approximately|roughly|some|circa|ca\.|almost|nearly|close\s+to)\s+$/i,
    mod: "APPROX",
    on: "any",
  },
  // Longer phrases first: "no more than" is not "more than". "over" is left out: before a span it
  // is mostly the preposition ("over the next 14 months").
  {
    re: /\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most)\s+$/i,
    mod: "EQUAL_OR_LESS",
    on: "amount",
  },
  {
    re: /\b(?:no\s+less\s+than|not\s+less\s+than|at\s+least)\s+$/i,
    mod: "EQUAL_OR_MORE",
    on: "amount",
  },
  {
    re: /\b(?:more\s+than|upwards\s+of|(?:well|just|a\s+little)\s+over)\s+$/i,
    mod: "MORE_THAN",
    on: "amount",
  },
  { re: /\b(?:less\s+than|fewer\s+than|under)\s+$/i, mod: "LESS_THAN", on: "amount" },
];

const SUFFIXES: { re: RegExp; mod: string }[] = [
  { re: /^\s+or\s+so\b/i, mod: "APPROX" },
  { re: /^\s+or\s+(?:later|after|beyond)\b/i, mod: "ON_OR_AFTER" },
  { re: /^\s+and\s+beyond\b/i, mod: "ON_OR_AFTER" },
  { re: /^\s+or\s+(?:earlier|before)\b/i, mod: "ON_OR_BEFORE" },
];

function isAmount(d: Draft): boolean {
  return d.type === "DURATION" || /ago|later|earlier|after|before/i.test(d.text);
}

function fits(p: Prefix, d: Draft): boolean {
  // "the future", "recently" carry no amount or point to modify.
  if (d.meaning.k === "fixed" && /_REF$/.test(d.meaning.value)) return false;
  if (p.on === "any") return true;
  if (p.on === "amount") return isAmount(d);
  return d.type === "DATE" || d.type === "TIME";
}

export const attachModifiers: DateStage = (ctx, drafts) =>
  drafts.map((d) => {
    const out: Draft = { ...d };
    // Only one prefix; the text before is looked at on the same line (the window is cut first so
    // that a very long line is not searched back to its start for every expression).
    const window = ctx.text.slice(Math.max(0, d.start - 30), d.start);
    const head = window.slice(window.lastIndexOf("\n") + 1);
    for (const p of PREFIXES) {
      const m = p.re.exec(head);
      if (!m || !fits(p, d)) continue;
      // "some" and "over" read as determiners or prepositions before a point in time: leave them.
      if (!isAmount(d) && /^(?:some|over|almost|nearly)\s+$/i.test(m[0])) continue;
      // A year, month or weekday already read as "early"/"late" by its own rule keeps its mod.
      if (d.mod && p.on === "point") break;
      out.start = d.start - m[0].length;
      out.mod = p.mod;
      break;
    }
    const tail = ctx.text.slice(d.end, d.end + 20);
    for (const s of SUFFIXES) {
      const m = s.re.exec(tail);
      if (!m) continue;
      out.end = d.end + m[0].length;
      out.mod = s.mod;
      break;
    }
    if (out.start !== d.start || out.end !== d.end) {
      out.text = ctx.text.slice(out.start, out.end);
      out.by = `${d.by}+mod`;
    }
    return out;
  });
