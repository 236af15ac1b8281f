import { describe, expect, it } from "vitest";
import type { Analysis, DocumentInput, PlaceMatch, Timex } from "../context";
import { splitPassages } from "../text/passages";
import { buildEvents } from "./buildEvents";

// The stage is tested on hand-made analyses so that it does not depend on the date or place
// stages' current accuracy.
const doc = (text: string): DocumentInput => ({
  id: "dtest",
  text,
  published: "2021-06-10",
  genre: "news",
});

function timex(
  text: string,
  phrase: string,
  range: Timex["range"],
  type: Timex["type"] = "DATE",
): Timex {
  const start = text.indexOf(phrase);
  return {
    start,
    end: start + phrase.length,
    text: phrase,
    type,
    value: range?.start ?? "P1W",
    range,
    by: "test",
  };
}

function place(
  text: string,
  name: string,
  id: string,
  via: PlaceMatch["via"] = "name",
): PlaceMatch {
  const start = text.indexOf(name);
  return {
    start,
    end: start + name.length,
    text: name,
    via,
    place: { id, name, kind: "city", country: "XX", lat: 1, lon: 2 },
    by: "test",
  };
}

const day = (d: string) => ({ start: d, end: d, granularity: "day" as const });

function analyse(text: string, timexes: Timex[], places: PlaceMatch[] = []): Analysis {
  return { passages: splitPassages(text), timexes, placeMatches: places, events: [] };
}

describe("buildEvents", () => {
  it("dates a passage by its date and carries its places", () => {
    const text = "Crews repaired the dam at Holm on Tuesday. Nothing else happened.";
    const events = buildEvents(
      doc(text),
      analyse(
        text,
        [timex(text, "Tuesday", day("2021-06-08"))],
        [place(text, "Holm", "geonames:1")],
      ),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      text: "Crews repaired the dam at Holm on Tuesday.",
      date: { start: "2021-06-08", end: "2021-06-08", granularity: "day", text: "Tuesday" },
      places: ["geonames:1"],
    });
    expect(text.slice(events[0]!.date.span.start, events[0]!.date.span.end)).toBe("Tuesday");
  });

  it("does not date a passage by a period ahead that a figure is for", () => {
    // Published 10 June 2021.
    const year = (y: string) => ({
      start: `${y}-01-01`,
      end: `${y}-12-31`,
      granularity: "year" as const,
    });
    const text =
      "The bank raised its grain forecast for 2022 and 2023 in a note on Monday. The fair is set for 2022.";
    const events = buildEvents(
      doc(text),
      analyse(text, [
        timex(text, "2022", year("2022")),
        timex(text, "2023", year("2023")),
        timex(text, "Monday", day("2021-06-07")),
        // The second "2022", in the scheduling sentence.
        { ...timex(text, "2022.", year("2022")), end: text.lastIndexOf("2022") + 4 },
      ]),
    );
    expect(events.map((e) => e.date.start)).toEqual(["2021-06-07", "2022-01-01"]);
    expect(events[1]?.text).toBe("The fair is set for 2022.");
  });

  it("gives each date of a passage the places of its own clause", () => {
    const text = "Storms lashed Holm on Saturday, and the threat will reach Lakeport by Sunday.";
    const events = buildEvents(
      doc(text),
      analyse(
        text,
        [timex(text, "Saturday", day("2021-06-05")), timex(text, "Sunday", day("2021-06-13"))],
        [place(text, "Holm", "geonames:1"), place(text, "Lakeport", "geonames:2")],
      ),
    );
    expect(events.map((e) => e.places)).toEqual([["geonames:1"], ["geonames:2"]]);
  });

  it("ties a demonym's country to an event only when the passage names no place", () => {
    const text =
      "Danish engineers inspected the bridge at Holm on Tuesday. Swedish officials agreed on Wednesday.";
    const timexes = [
      timex(text, "Tuesday", day("2021-06-08")),
      timex(text, "Wednesday", day("2021-06-09")),
    ];
    const places = [
      place(text, "Danish", "country:DK", "demonym"),
      place(text, "Holm", "geonames:1"),
      place(text, "Swedish", "country:SE", "demonym"),
    ];
    const events = buildEvents(doc(text), analyse(text, timexes, places));
    expect(events.map((e) => e.places)).toEqual([["geonames:1"], ["country:SE"]]);
  });

  it("never dates an event by a duration or a set", () => {
    const text = "The talks will last for two weeks and resume every Monday.";
    const events = buildEvents(
      doc(text),
      analyse(text, [
        timex(text, "two weeks", undefined, "DURATION"),
        timex(text, "every Monday", undefined, "SET"),
      ]),
    );
    expect(events).toEqual([]);
  });

  it("gives two events for two separate dates, one for a date inside another", () => {
    const two = "The mill closed on March 2 and reopened on May 9.";
    expect(
      buildEvents(
        doc(two),
        analyse(two, [
          timex(two, "March 2", day("2021-03-02")),
          timex(two, "May 9", day("2021-05-09")),
        ]),
      ),
    ).toHaveLength(2);
    const nested = "In March, on March 2, the mill closed.";
    const events = buildEvents(
      doc(nested),
      analyse(nested, [
        timex(nested, "March", { start: "2021-03-01", end: "2021-03-31", granularity: "month" }),
        timex(nested, "March 2", day("2021-03-02")),
      ]),
    );
    expect(events.map((e) => e.date.text)).toEqual(["March 2"]);
  });

  it("dates a wire story by what it reports, its dateline only when nothing else dates it", () => {
    const wire = "KYIV, June 9 (Reuters) - Shelling hit the port on Tuesday, officials said.";
    const events = buildEvents(
      doc(wire),
      analyse(wire, [
        timex(wire, "June 9", day("2021-06-09")),
        timex(wire, "Tuesday", day("2021-06-08")),
      ]),
    );
    expect(events.map((e) => e.date.text)).toEqual(["Tuesday"]);
    const alone = "GENEVA, June 9, 2021 — Talks resumed, officials said.";
    expect(
      buildEvents(doc(alone), analyse(alone, [timex(alone, "June 9, 2021", day("2021-06-09"))])),
    ).toHaveLength(1);
    // A day still ahead is not when the story's saying happened: both dates date it.
    const ahead = "SYDNEY, June 9 - The minister said the June 30 vote would be close.";
    expect(
      buildEvents(
        doc(ahead),
        analyse(ahead, [
          timex(ahead, "June 9", day("2021-06-09")),
          timex(ahead, "June 30", day("2021-06-30")),
        ]),
      ).map((e) => e.date.text),
    ).toEqual(["June 9", "June 30"]);
    // A date after a town in running text is what happened there.
    const told = "In the end, June 9 - the day of the vote - passed quietly. Rain fell on June 8.";
    expect(
      buildEvents(
        doc(told),
        analyse(told, [
          timex(told, "June 9", day("2021-06-09")),
          timex(told, "June 8", day("2021-06-08")),
        ]),
      ).map((e) => e.date.text),
    ).toEqual(["June 9", "June 8"]);
  });

  it("makes a repeated caption one event with occurrences", () => {
    const cap = "Pictured: the new ferry “Skarv” at Brekke harbour on May 3.";
    const text = `${cap}\n\nStory.\n\n${cap.replace(/[“”]/g, '"')}`;
    const first = timex(text, "May 3", day("2021-05-03"));
    const secondStart = text.lastIndexOf("May 3");
    const second = { ...first, start: secondStart, end: secondStart + 5 };
    const events = buildEvents(doc(text), analyse(text, [first, second]));
    expect(events).toHaveLength(1);
    expect(events[0]!.occurrences).toEqual([
      { doc: "dtest", start: text.lastIndexOf("Pictured"), end: text.length },
    ]);
  });
});

describe("buildEvents and bylines", () => {
  it("makes no event of a byline or publication stamp, and still dates the story under it", () => {
    const text = [
      "Dam repaired",
      "By Staff Reporter, Holm · Published June 10, 2021",
      "Crews repaired the dam at Holm on Tuesday.",
    ].join("\n");
    const events = buildEvents(
      doc(text),
      analyse(
        text,
        [
          timex(text, "June 10, 2021", day("2021-06-10")),
          timex(text, "Tuesday", day("2021-06-08")),
        ],
        [place(text, "Holm", "geonames:1")],
      ),
    );
    expect(events.map((e) => e.text)).toEqual(["Crews repaired the dam at Holm on Tuesday."]);
  });
});
