// Event categories from the passage text, by a documented, inspectable method rather than a model:
// each category has a lexicon of word stems (matched at word starts, case-insensitive); a passage
// scores one point per distinct stem it contains, and the highest score wins. Ties go to the
// more specific category in the order below (humanitarian and economy words are rarer and more
// telling than the military and diplomatic vocabulary that fills war coverage). No stem: "other".
// The lexicons are general news vocabulary, written for this purpose, not drawn from any corpus.

import type { EventCategory } from "../contract";

const LEXICON: [EventCategory, string[]][] = [
  [
    "humanitarian",
    [
      "refugee",
      "evacuat",
      "civilian",
      "humanitarian",
      "aid convoy",
      "shelter",
      "famine",
      "starv",
      "hunger",
      "displaced",
      "casualt",
      "wounded",
      "injur",
      "hospital",
      "medical",
      "rescue",
      "corridor",
      "relief",
      "victim",
      "food",
      "water supply",
      "homeless",
      "war crime",
      "atrocit",
      "outbreak",
      "epidemic",
      "vaccin",
      "disease",
      "flood",
      "earthquake",
      "fled",
      "flee",
    ],
  ],
  [
    "economy",
    [
      "sanction",
      "econom",
      "trade",
      "tariff",
      "export",
      "import",
      "oil",
      "gas price",
      "gas supply",
      "energy",
      "market",
      "stock",
      "currenc",
      "inflation",
      "bank",
      "financ",
      "budget",
      "price",
      "investment",
      "embargo",
      "gdp",
      "debt",
      "loan",
      "fund",
      "asset",
      "freez",
      "revenue",
      "billion",
    ],
  ],
  [
    "military",
    [
      "troop",
      "soldier",
      "army",
      "armed forces",
      "military",
      "missile",
      "rocket",
      "strike",
      "airstrike",
      "bomb",
      "shell",
      "artillery",
      "attack",
      "offensive",
      "invasion",
      "invad",
      "battle",
      "fight",
      "tank",
      "weapon",
      "munition",
      "drone",
      "fighter jet",
      "air base",
      "deploy",
      "battlegroup",
      "killed",
      "captur",
      "siege",
      "besieg",
      "front line",
      "frontline",
      "ceasefire",
      "navy",
      "warship",
      "nuclear",
      "chemical weapon",
      "defen",
      "combat",
      "shot down",
      "explosion",
    ],
  ],
  [
    "diplomacy",
    [
      "summit",
      "talks",
      "negotiat",
      "diplomat",
      "minister",
      "president",
      "leader",
      "ambassador",
      "meeting",
      "met with",
      "meet",
      "agree",
      "treaty",
      "accord",
      "alliance",
      "ally",
      "allies",
      "statement",
      "said",
      "say",
      "warn",
      "accus",
      "condemn",
      "call on",
      "urged",
      "promis",
      "pledg",
      "announc",
      "vote",
      "resolution",
      "united nations",
      "council",
      "parliament",
      "election",
      "speech",
      "visit",
      "envoy",
    ],
  ],
];

// Per category, one pattern for "any of its stems" besides one per stem: most passages have no
// stem of most categories, and one failed test then stands for thirty.
const COMPILED = LEXICON.map(([category, stems]) => {
  const sources = stems.map((s) => s.replace(/ /g, "\\s+"));
  return {
    category,
    any: new RegExp(`\\b(?:${sources.join("|")})`, "i"),
    each: sources.map((s) => new RegExp(`\\b${s}`, "i")),
  };
});

export function categorizePassage(text: string): EventCategory {
  let best: EventCategory = "other";
  let bestScore = 0;
  for (const { category, any, each } of COMPILED) {
    if (!any.test(text)) continue;
    let score = 0;
    for (const p of each) if (p.test(text)) score++;
    // Strictly greater: on a tie the earlier (more specific) category keeps it.
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}
