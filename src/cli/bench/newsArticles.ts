// News-like articles written for the project, to build large corpora through the real extractor
// where no outside text is at hand (the 20k-event browser test, the app benchmark's fallback).
// Every sentence of substance reports something an actor did in a well-known place at a date the
// extractor must resolve: full dates, dates without a year, weekdays and relative phrases
// ("last week", "yesterday") against the front matter's publication date. Deterministic from a
// seed, so a corpus is the same on every machine.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface GeneratedArticle {
  /** File name, e.g. "article-00042.md". */
  name: string;
  /** Front matter (title, published, url) and the body. */
  content: string;
}

export interface CorpusOptions {
  /** Dated sentences per article (each normally one event). Default 20. */
  eventsPerArticle?: number;
  /** First publication date, YYYY-MM-DD. Default 2022-01-03. */
  firstPublished?: string;
  /** Publication dates spread over this many days. Default 730. */
  spanDays?: number;
}

// [city, country]: capitals and large cities that a world gazetteer resolves without doubt.
const PLACES: readonly (readonly [string, string])[] = [
  ["Paris", "France"],
  ["Berlin", "Germany"],
  ["Madrid", "Spain"],
  ["Lisbon", "Portugal"],
  ["Rome", "Italy"],
  ["Vienna", "Austria"],
  ["Warsaw", "Poland"],
  ["Prague", "Czech Republic"],
  ["Budapest", "Hungary"],
  ["Athens", "Greece"],
  ["Dublin", "Ireland"],
  ["Amsterdam", "Netherlands"],
  ["Brussels", "Belgium"],
  ["Copenhagen", "Denmark"],
  ["Stockholm", "Sweden"],
  ["Oslo", "Norway"],
  ["Helsinki", "Finland"],
  ["Kyiv", "Ukraine"],
  ["Istanbul", "Turkey"],
  ["Cairo", "Egypt"],
  ["Nairobi", "Kenya"],
  ["Lagos", "Nigeria"],
  ["Accra", "Ghana"],
  ["Dakar", "Senegal"],
  ["Addis Ababa", "Ethiopia"],
  ["Johannesburg", "South Africa"],
  ["Casablanca", "Morocco"],
  ["Riyadh", "Saudi Arabia"],
  ["Doha", "Qatar"],
  ["Tehran", "Iran"],
  ["Karachi", "Pakistan"],
  ["Mumbai", "India"],
  ["Dhaka", "Bangladesh"],
  ["Bangkok", "Thailand"],
  ["Hanoi", "Vietnam"],
  ["Jakarta", "Indonesia"],
  ["Manila", "Philippines"],
  ["Seoul", "South Korea"],
  ["Tokyo", "Japan"],
  ["Shanghai", "China"],
  ["Sydney", "Australia"],
  ["Auckland", "New Zealand"],
  ["Toronto", "Canada"],
  ["Chicago", "United States"],
  ["Mexico City", "Mexico"],
  ["Havana", "Cuba"],
  ["Bogota", "Colombia"],
  ["Lima", "Peru"],
  ["Santiago", "Chile"],
  ["Buenos Aires", "Argentina"],
];

const ACTORS = [
  "The health ministry",
  "Local officials",
  "Port workers",
  "The central bank",
  "Opposition leaders",
  "A coalition of farmers",
  "Rescue teams",
  "The city council",
  "Police",
  "Teachers' unions",
  "Aid agencies",
  "The national rail operator",
  "Election monitors",
  "Fire crews",
  "Researchers",
  "The foreign minister",
  "Striking nurses",
  "A group of investors",
];

const DEEDS = [
  "announced new rules for landlords in",
  "opened talks with suppliers in",
  "held a large rally in",
  "reported heavy flooding in",
  "signed a trade agreement in",
  "evacuated residents from the old town of",
  "launched an inquiry into contracts awarded in",
  "cut lending rates after meetings in",
  "delivered food and water to families in",
  "closed the main bridge in",
  "unveiled a budget plan in",
  "met foreign envoys in",
  "arrested suspects after raids in",
  "restored power to districts of",
  "postponed the vote in",
  "inaugurated a hospital wing in",
  "protested against fuel prices in",
  "completed a survey of damaged schools in",
];

const AFTERMATHS = [
  "officials said",
  "according to a statement",
  "a spokesperson confirmed",
  "witnesses told reporters",
  "the agency said in a report",
];

const FILLERS = [
  "Talks are expected to continue.",
  "Critics called the decision rushed.",
  "Markets reacted calmly to the news.",
  "Further details were not released.",
  "The figures could not be verified independently.",
];

const TOPICS = ["Floods", "Strikes", "Talks", "Protests", "Budget", "Elections", "Aid", "Rates"];
/** English month names, January first, as articles write them. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY_MS = 86_400_000;

/** mulberry32: a small, well-mixed 32-bit generator; enough to vary text deterministically. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A date phrase for a day `back` days before `published`, in one of the forms newsrooms use. */
function datePhrase(published: Date, back: number, form: number): string {
  const day = new Date(published.getTime() - back * DAY_MS);
  const month = MONTHS[day.getUTCMonth()]!;
  switch (form) {
    case 0:
      return `on ${month} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    case 1:
      return `on ${day.getUTCDate()} ${month}`;
    case 2:
      // A weekday names the latest such day before publication: only up to six days back.
      return `on ${WEEKDAYS[new Date(published.getTime() - (1 + (back % 6)) * DAY_MS).getUTCDay()]}`;
    case 3:
      return back % 2 ? "yesterday" : "last week";
    default:
      return `in ${month} ${day.getUTCFullYear()}`;
  }
}

/** `count` articles, the same for the same seed and options. */
export function generateArticles(
  count: number,
  seed: number,
  options: CorpusOptions = {},
): GeneratedArticle[] {
  const perArticle = options.eventsPerArticle ?? 20;
  const first = Date.parse(`${options.firstPublished ?? "2022-01-03"}T00:00:00Z`);
  const span = options.spanDays ?? 730;
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const published = new Date(first + Math.floor((i * span) / Math.max(1, count)) * DAY_MS);
    // The title names the place of the first sentence, as a headline names the lead.
    const lead = pick(PLACES);
    const title = `${pick(TOPICS)} in ${lead[0]}: day ${i + 1}`;
    const paragraphs: string[] = [];
    for (let s = 0; s < perArticle; s++) {
      const [city, country] = s === 0 ? lead : pick(PLACES);
      const where = rand() < 0.3 ? `${city}, ${country}` : city;
      const when = datePhrase(published, 1 + Math.floor(rand() * 60), Math.floor(rand() * 5));
      // The count and the sentence number keep passages distinct, so none folds into another as
      // a repeat.
      const people = 10 + Math.floor(rand() * 5000);
      const sentence =
        rand() < 0.5
          ? `${pick(ACTORS)} ${pick(DEEDS)} ${where} ${when}, ${pick(AFTERMATHS)}, in a move affecting ${people} people (item ${s + 1}).`
          : `${capitalise(when)}, ${lower(pick(ACTORS))} ${pick(DEEDS)} ${where}, and ${people} people were involved (item ${s + 1}).`;
      paragraphs.push(rand() < 0.25 ? `${sentence} ${pick(FILLERS)}` : sentence);
    }
    const name = `article-${String(i).padStart(5, "0")}.md`;
    const front = [
      "---",
      `title: ${title}`,
      `published: ${iso(published)}`,
      `url: https://news.example.org/${iso(published).slice(0, 7)}/story-${i + 1}`,
      "---",
    ];
    articles.push({ name, content: `${front.join("\n")}\n\n${paragraphs.join("\n\n")}\n` });
  }
  return articles;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// No actor is a proper name, so mid-sentence each starts in lower case.
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Writes generated articles into `dir` (created when missing). */
export async function writeArticles(dir: string, articles: readonly GeneratedArticle[]) {
  await mkdir(dir, { recursive: true });
  await Promise.all(articles.map((a) => writeFile(join(dir, a.name), a.content)));
}
