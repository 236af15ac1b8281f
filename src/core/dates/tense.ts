// The tense of the clause around an expression, read from nearby verbs: "said Wednesday" looks
// back, "will meet Thursday" looks forward. Used to pick which Thursday is meant.
import type { Tense } from "./types";

const FUTURE =
  /\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned\s+to|planning\s+to|scheduled\s+to|expected\s+to|expects?\s+to|intends?\s+to|(?:is|are)\s+to|would|must|should|set\s+to|slated|as\s+soon\s+as|as\s+early\s+as|next|upcoming|due\s+to|aims?\s+to|hopes?\s+to|ahead\s+of|(?:scheduled|planned|planning|plans?)\s+(?:a|an)\s|(?:risk|chance|threat|likelihood)\s+of)\b/gi;
// A past form in -ed, but not the words that only look like one ("United States", "indeed").
const ED_VERB = String.raw`(?!(?:united|hundred|indeed|need|speed|seed|feed|bleed|breed|proceed|exceed|succeed|sacred|red|shed)\b)[a-z]{2,}ed`;
// Past participles after "be" are passives that follow a modal ("will be held"), and after "is"
// present passives ("is expected in August"), not past tense.
// "had been due to expire Friday": a plan in the past perfect was overtaken; its day has gone. The
// verb after "to" is part of the match so that it ends after the future marker inside it.
const PAST = new RegExp(
  String.raw`\bhad\s+been\s+(?:due|scheduled|set|expected|slated|planned)\s+to\s+[a-z]+\b|(?<!\b(?:be|been|is|are)\s)\b(?:said|says|told|was|were|had|did|ago|(?<!\b(?:will|would|to|could|can|may|might|should|must|won't|'ll|the|its|his|her|their|our)\s)last|earlier|began|met|came|went|made|took|gave|left|held|fell|rose|won|lost|got|saw|found|sent|spent|brought|thought|became|ran|broke|wrote|spoke|sold|bought|paid|led|struck|shot|stood|kept|heard|felt|knew|chose|drove|flew|grew|threw|fought|sought|caught|taught|meant|built|dealt|${ED_VERB})\b`,
  "gi",
);

// A present-tense verb of schedule, as news writes the coming days: "leaders meet Monday", "the
// fair opens June 3". Read as the future, from the left only: after the date, "Friday's close" is a
// noun. A determiner before the word, or "a" and one word, makes it a noun too ("the start", "a
// bright start"). Verbs of habit ("the market closes at 4 p.m.", "the fiscal year ends June 30")
// say nothing of which day is meant.
const PRESENT =
  /(?<!\b(?:the|a|an|its|his|her|their|this|that|whose|[a-z]+'s)\s)(?<!\b(?:a|an)\s[a-z]+\s)\b(?:(?:meet|begin|open|start|resume|arrive|leave|visit|travel|return|host|play|convene|reopen|depart|land|launch|kick)s?|(?:flies|fly|heads?|sets?)\s+(?:to|out|off)|(?:go|goes)\s+to\s+the\s+polls|(?:preparing|bracing|gearing\s+up|getting\s+ready)\s+for|takes?\s+(?:office|place)|(?:is|are)\s+due|(?:is|are)\s+scheduled|(?:is|are)\s+set|(?:is|are)\s+(?:expected|forecast|likely)|might)\b/gi;

// "the threat may materialize into Saturday": the modal, in lower case only, as "May" is a month.
const MAY = /\bmay\b/g;

// "ahead of" looks forward only to the noun phrase it governs ("ahead of Sunday's referendum");
// after a comma the clause has moved on ("Just ahead of the envoy's trip, the ministry on Sunday
// issued a warning" reports Sunday past).
const AHEAD_OF = /\bahead\s+of\b/gi;

/** `left` with an "ahead of" that a comma has cut off from the date blanked out. */
function withoutStaleAheadOf(left: string): string {
  const at = lastMatch(AHEAD_OF, left);
  return at >= 0 && left.slice(at).includes(",")
    ? left.replace(AHEAD_OF, (w) => " ".repeat(w.length))
    : left;
}

function lastMatch(re: RegExp, s: string): number {
  let pos = -1;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) pos = m.index + m[0].length;
  return pos;
}

function firstMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** The sentence before `start`, at most 120 characters of it. */
function clauseBefore(text: string, start: number): string {
  const left = text.slice(Math.max(0, start - 120), start);
  const stop = Math.max(
    left.lastIndexOf(". "),
    left.lastIndexOf("\n"),
    left.lastIndexOf("? "),
    left.lastIndexOf("! "),
  );
  return stop >= 0 ? left.slice(stop + 1) : left;
}

/**
 * The nearest tense marker to the left within the sentence decides; failing that, the first one to
 * the right. "The company said it will report Thursday": "will" is nearer than "said".
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const left = clauseBefore(text, start);
  let right = text.slice(end, end + 80);
  const rstop = right.search(/[.!?](?:\s|$)|\n/);
  if (rstop >= 0) right = right.slice(0, rstop);
  // "The vote is Tuesday", "the election is in the fall": a present copula straight before the date.
  const copula = /\b(?:is|are)\s+(?:on\s+|in\s+)?$/i.test(left) ? left.length : -1;
  const f = Math.max(
    lastMatch(FUTURE, withoutStaleAheadOf(left)),
    lastMatch(PRESENT, left),
    lastMatch(MAY, left),
    copula,
  );
  const p = lastMatch(PAST, left);
  if (f >= 0 || p >= 0) return f >= p ? "future" : "past";
  const fr = firstMatch(FUTURE, right);
  const pr = firstMatch(PAST, right);
  if (fr >= 0 || pr >= 0) {
    if (fr < 0) return "past";
    if (pr < 0) return "future";
    return fr <= pr ? "future" : "past";
  }
  return "none";
}

// A verb of happening in the simple past, a few words before "on"/"in" and the date: "left port
// on 9 May", "was shot dead on the night of Oct. 23". Verbs of saying are left out: "said in an
// editorial on Saturday" may name a day still ahead of the wire's own date.
const PAST_EVENT_BEFORE = new RegExp(
  String.raw`(?<!\b(?:will|would|to|be|been|is|are|has|have|had)\s)\b(?!(?:said|told)\b)(?:was|were|began|met|came|went|left|held|fell|rose|won|lost|saw|found|sent|broke|struck|shot|fought|${ED_VERB})\b(?:\s+[a-z]+){0,3}\s+(?:on|in)\s+(?:(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?$`,
  "i",
);

/** A clause that reports a past happening at the date that follows: no day ahead is meant. */
export function pastEventBefore(text: string, start: number): boolean {
  const left = clauseBefore(text, start);
  return PAST_EVENT_BEFORE.test(left) && lastMatch(FUTURE, left) < 0;
}

// The future said outright: "will", "shall", "is to", "going to". Unlike "would" or "expected to",
// which reported speech puts on plans that may already have happened ("said it would close the plant
// in December", written the next March), these put the date ahead of the writing.
const FIRM_FUTURE = /\b(?:will|won't|shall|'ll|going\s+to|(?:is|are)\s+to)\s+(?:[a-z]+\s+){0,6}$/i;

/** The clause before `start` states the future outright, a few words before the date. */
export function firmFutureBefore(text: string, start: number): boolean {
  const left = clauseBefore(text, start);
  return FIRM_FUTURE.test(left) && lastMatch(PAST, left) < left.search(FIRM_FUTURE);
}

/** The clause before `start` holds a future marker ("would", "planned to", "next"). */
export function futureMarkerBefore(text: string, start: number): boolean {
  return lastMatch(FUTURE, clauseBefore(text, start)) >= 0;
}

/**
 * The clause before `start` looks ahead: a future marker, or an infinitive after its last past
 * verb ("agreed to purchase the line in February" may name a February still to come).
 */
export function looksAhead(text: string, start: number): boolean {
  const left = clauseBefore(text, start);
  const p = Math.max(0, lastMatch(PAST, left));
  return (
    futureMarkerBefore(text, start) ||
    /\bto\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|be)\b)[a-z]+\b/.test(
      left.slice(p),
    )
  );
}
