// One test for every event-place rule: it fires on the bracketed place of each of its examples and
// on none of its non-examples; then how the rules choose an event's places.
import { describe, expect, it } from "vitest";
import type { Passage, PlaceMatch, Timex } from "../context";
import { EVENT_PLACE_RULES, eventPlaceIds } from "./eventPlaces";

// The test world: these names are countries (by their code); every other name is a town in
// Aldavia.
const COUNTRIES: Record<string, string> = { Aldavia: "AL", Norway: "NO", Finland: "FI" };

function match(text: string, start: number, end: number, id: string): PlaceMatch {
  const name = text.slice(start, end);
  const country = COUNTRIES[name];
  return {
    start,
    end,
    text: name,
    via: "name",
    place: {
      id,
      name,
      kind: country ? "country" : "city",
      country: country ?? "AL",
      lat: 1,
      lon: 2,
    },
    by: "test",
  };
}

/**
 * "[Holm]" marks the place judged, "<Lakeport>" another place of the passage, "{Monday}" the
 * event's date; the marks are removed.
 */
function parse(marked: string): {
  text: string;
  place?: PlaceMatch;
  others: PlaceMatch[];
  date: Timex;
} {
  let text = "";
  let place: PlaceMatch | undefined;
  const others: PlaceMatch[] = [];
  let date = { start: 0, end: 0 };
  let open = 0;
  for (const ch of marked) {
    if (ch === "[" || ch === "{" || ch === "<") open = text.length;
    else if (ch === "]") place = match(text, open, text.length, "judged");
    else if (ch === ">") others.push(match(text, open, text.length, `other${others.length}`));
    else if (ch === "}") date = { start: open, end: text.length };
    else text += ch;
  }
  return {
    text,
    ...(place ? { place } : {}),
    others,
    date: {
      ...date,
      text: text.slice(date.start, date.end),
      type: "DATE",
      value: "2021-06-08",
      range: { start: "2021-06-08", end: "2021-06-08", granularity: "day" },
      by: "test",
    },
  };
}

const whole = (text: string): Passage => ({ start: 0, end: text.length });

describe.each(EVENT_PLACE_RULES.map((r) => [r.name, r] as const))("rule %s", (_name, rule) => {
  const judge = (s: string) => {
    const { text, place, others, date } = parse(s);
    if (!place) throw new Error(`no [place] in ${s}`);
    const scene = { text, passage: whole(text), date, matches: [place, ...others] };
    return rule.test(scene, place);
  };
  it.each(rule.examples)("fires on %s", (s) => expect(judge(s)).toBe(true));
  it.each(rule.nonExamples)("does not fire on %s", (s) => expect(judge(s)).toBe(false));
});

describe("eventPlaceIds", () => {
  const at = (text: string, name: string, id: string, via: PlaceMatch["via"] = "name") => {
    const start = text.indexOf(name);
    return { ...match(text, start, start + name.length, id), via };
  };

  it("keeps the place of the happening and sets aside a side remark", () => {
    const { text, date } = parse("Finland, which borders Russia, joined the pact in {April}.");
    const ids = eventPlaceIds(
      text,
      whole(text),
      [at(text, "Finland", "fi"), at(text, "Russia", "ru")],
      date,
    );
    expect(ids).toEqual(["fi"]);
  });

  it("keeps a set-aside place when the passage names no other", () => {
    const { text, date } = parse("Norway's foreign ministry protested on {Monday}.");
    expect(eventPlaceIds(text, whole(text), [at(text, "Norway", "no")], date)).toEqual(["no"]);
  });

  it("prefers a set-aside named place to a demonym", () => {
    const { text, date } = parse(
      "Ruritanian troops left, Norway's foreign ministry said on {Monday}.",
    );
    const ids = eventPlaceIds(
      text,
      whole(text),
      [at(text, "Ruritanian", "ru", "demonym"), at(text, "Norway", "no")],
      date,
    );
    expect(ids).toEqual(["no"]);
  });

  it("keeps the places of the date's own clause", () => {
    const marked =
      "Storms are expected in Holm, and a wider threat may reach Lakeport into {Saturday}.";
    const { text, date } = parse(marked);
    const places = [at(text, "Holm", "holm"), at(text, "Lakeport", "lake")];
    expect(eventPlaceIds(text, whole(text), places, date)).toEqual(["lake"]);
  });

  it("sets an opening contrast against the dated clause", () => {
    const { text, date } = parse("While Holm was spared, floods hit Lakeport on {Monday}.");
    const places = [at(text, "Holm", "h"), at(text, "Lakeport", "l")];
    expect(eventPlaceIds(text, whole(text), places, date)).toEqual(["l"]);
  });

  it("keeps a list whole", () => {
    const { text, date } = parse("Storms hit Holm, Lakeport, and Aldavia on {Saturday}.");
    const places = [at(text, "Holm", "h"), at(text, "Lakeport", "l"), at(text, "Aldavia", "a")];
    expect(eventPlaceIds(text, whole(text), places, date)).toEqual(["h", "l", "a"]);
  });

  it("looks past the date's clause when it names no place", () => {
    const { text, date } = parse("Crews reached Holm, but the road closed on {Saturday}.");
    expect(eventPlaceIds(text, whole(text), [at(text, "Holm", "h")], date)).toEqual(["h"]);
  });

  it("judges each date of a passage on its own", () => {
    const marked = "Ann Lee, who flew to Oslo on {Monday}, spoke in Holm on Tuesday.";
    const { text, date } = parse(marked);
    const places = [at(text, "Oslo", "oslo"), at(text, "Holm", "holm")];
    expect(eventPlaceIds(text, whole(text), places, date)).toEqual(["oslo", "holm"]);
  });
});
