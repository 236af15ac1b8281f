// Anchoring, through the whole tagger so that each case reads as the text it is about. Reference:
// Thursday 24 March 2022 (ISO week 12).
import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";

const news = (text: string, published: string | null = "2022-03-24") =>
  tagTimexes(text, { published, genre: "news" }).map((t) => [
    t.text,
    t.value,
    t.range?.start ?? null,
    t.range?.end ?? null,
  ]);
const narrative = (text: string) =>
  tagTimexes(text, { published: "2009-12-19", genre: "narrative" }).map((t) => [t.text, t.value]);

describe("anchorDates, news", () => {
  it("puts a month-day after 'ended' or 'since' in the past, however far back", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    // Published 24 March 2022: the coming 30 June is three months ahead, the last one nine months
    // back; a year that has ended, or a "since", is the past one.
    expect(v("Brightwell Foods earned $4 million in the year ended June 30.")).toContain(
      "2021-06-30",
    );
    expect(v("The toll has stood unchanged since May 2.")).toEqual(["2021-05-02"]);
  });
  it("reads a weekday by the tense of its clause", () => {
    expect(news("The mayor said Wednesday the bridge would close.")).toContainEqual([
      "Wednesday",
      "2022-03-23",
      "2022-03-23",
      "2022-03-23",
    ]);
    expect(news("The council will meet Monday.")).toContainEqual([
      "Monday",
      "2022-03-28",
      "2022-03-28",
      "2022-03-28",
    ]);
    expect(news("Rival leaders meet Monday in Tallinn.")).toContainEqual([
      "Monday",
      "2022-03-28",
      "2022-03-28",
      "2022-03-28",
    ]);
    expect(news("Ministers met Monday.")).toContainEqual([
      "Monday",
      "2022-03-21",
      "2022-03-21",
      "2022-03-21",
    ]);
    expect(news("The mayor said Thursday.")).toContainEqual([
      "Thursday",
      "2022-03-24",
      "2022-03-24",
      "2022-03-24",
    ]);
    expect(news("Dockers went on strike last Friday.")).toContainEqual([
      "last Friday",
      "2022-03-18",
      "2022-03-18",
      "2022-03-18",
    ]);
  });
  it("gives weeks, months and years relative to publication", () => {
    expect(news("Exports fell last week.")).toEqual([
      ["last week", "2022-W11", "2022-03-14", "2022-03-20"],
    ]);
    expect(news("Imports rose last month.")).toEqual([
      ["last month", "2022-02", "2022-02-01", "2022-02-28"],
    ]);
    expect(news("Prices rose three years ago.")).toEqual([
      ["three years ago", "2019", "2019-01-01", "2019-12-31"],
    ]);
    expect(news("Yesterday the dam held.")).toEqual([
      ["Yesterday", "2022-03-23", "2022-03-23", "2022-03-23"],
    ]);
  });
  it("runs 'earlier this year' from 1 January to publication", () => {
    expect(news("Earlier this year the plant reopened.")).toEqual([
      ["Earlier this year", "2022", "2022-01-01", "2022-03-24"],
    ]);
  });
  it("gives a year alone its whole year", () => {
    expect(news("The mine closed in 2019.")).toEqual([
      ["2019", "2019", "2019-01-01", "2019-12-31"],
    ]);
  });
  it("gives a bare month-day the year the tense and the publication date imply", () => {
    expect(news("The ferry sank on March 3.")).toContainEqual([
      "March 3",
      "2022-03-03",
      "2022-03-03",
      "2022-03-03",
    ]);
    expect(news("The ferry sank on December 30.")).toContainEqual([
      "December 30",
      "2021-12-30",
      "2021-12-30",
      "2021-12-30",
    ]);
    expect(news("The vote will be held on April 9.")).toContainEqual([
      "April 9",
      "2022-04-09",
      "2022-04-09",
      "2022-04-09",
    ]);
  });
  it("never dates a past happening after publication, however far back it lies", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    // The coming 9 August is nearer to 24 March 2022 than the last one, but a ship that left port
    // did so before the story was written; a scheduled payment still looks ahead.
    expect(v("The trawler left port on 9 August with a crew of six.")).toEqual(["2021-08-09"]);
    expect(v("A clerk was stabbed on the night of Oct. 2 outside the depot.")).toEqual([
      "2021-10-02TNI",
    ]);
    expect(v("The dividend will be paid on Sept. 2 to holders of record.")).toEqual(["2022-09-02"]);
    expect(v("The payout, which is expected in August, is larger.")).toEqual(["2022-08"]);
  });
  it("puts a weekday in the week of a narrated day long before publication", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    // Published Thursday 24 March 2022; 3 January 2022 was a Monday.
    expect(v("The barge left port on 3 January. On Wednesday night it ran aground.")).toEqual([
      "2022-01-03",
      "2022-01-05TNI",
    ]);
    // A day a week back, a day only mentioned, or a weekday ahead: the week of writing.
    expect(v("The barge left port on 14 March. On Wednesday it ran aground.")).toEqual([
      "2022-03-14",
      "2022-03-23",
    ]);
    expect(v("The barge is insured from 3 January. On Wednesday it ran aground.")).toEqual([
      "2022-01-03",
      "2022-03-23",
    ]);
    expect(v("The barge left port on 3 January. It will dock on Wednesday.")).toEqual([
      "2022-01-03",
      "2022-03-30",
    ]);
  });
  it("lets a past clause reach a month nine months back, but not a limit or an intention", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    // Published 24 March 2022: last July is eight months back, the coming one four months ahead.
    expect(v("The founder stepped down as chair and chief executive in July.")).toEqual([
      "2021-07",
    ]);
    expect(v("The firm agreed to sell its depots in July.")).toEqual(["2022-07"]);
    expect(v("The firm said it would repay the loan by July.")).toEqual(["2022-07"]);
    expect(v("The firm expanded its board, effective July 1.")).toEqual(["2022-07-01"]);
    expect(v("In June, the founder resigned.")).toEqual(["2021-06"]);
    expect(v("The bank extended credit lines through June.")).toEqual(["2022-06"]);
  });
  it("puts a month after an outright future ahead, however far, but not after 'would'", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    // Published 24 March 2022: the coming December is nine months ahead, the last one three back.
    expect(v("The mill will shut its last furnace in December.")).toEqual(["2022-12"]);
    expect(v("The port authority said it will reopen the quay on Nov. 20.")).toEqual([
      "2022-11-20",
    ]);
    expect(v("The mill said it would shut its last furnace in December.")).toEqual(["2021-12"]);
    expect(v("The mill shut its last furnace in December.")).toEqual(["2021-12"]);
  });
  it("reads 'Friday next week' as one day of the week named", () => {
    // Thursday 24 March 2022 is in ISO week 12 (21–27 March).
    expect(news("The inquiry reports Friday next week.")).toEqual([
      ["Friday next week", "2022-04-01", "2022-04-01", "2022-04-01"],
    ]);
    expect(news("The depot reopened on Monday this week.")).toEqual([
      ["Monday this week", "2022-03-21", "2022-03-21", "2022-03-21"],
    ]);
    expect(news("Talks broke down Tuesday last week.")).toEqual([
      ["Tuesday last week", "2022-03-15", "2022-03-15", "2022-03-15"],
    ]);
  });
  it("dates both ends of a span of years with the whole span", () => {
    expect(news("The mill ran at a loss between 2009 and 2011.")).toEqual([
      ["2009", "2009", "2009-01-01", "2011-12-31"],
      ["2011", "2011", "2009-01-01", "2011-12-31"],
    ]);
    expect(news("She captained the side in the 2003/04 season.")).toEqual([
      ["2003", "2003", "2003-01-01", "2004-12-31"],
      ["04", "2004", "2003-01-01", "2004-12-31"],
    ]);
    // Two years named apart are two times.
    expect(news("The mill closed in 2009 and reopened in 2011.")).toEqual([
      ["2009", "2009", "2009-01-01", "2009-12-31"],
      ["2011", "2011", "2011-01-01", "2011-12-31"],
    ]);
  });
  it("gives 'in the afternoon' the day in focus", () => {
    expect(news("On Monday the convoy set out. In the afternoon it was shelled.")).toEqual([
      ["Monday", "2022-03-21", "2022-03-21", "2022-03-21"],
      ["the afternoon", "2022-03-21TAF", "2022-03-21", "2022-03-21"],
    ]);
    // A clock time ("at 4 in the morning") and "the morning of" a date are other expressions.
    expect(news("The convoy leaves at 4 in the morning.").map((t) => t[0])).toEqual([
      "4 in the morning",
    ]);
    expect(news("It was shelled in the morning of 2 March.").map((t) => t[1])).toEqual([
      "2022-03-02TMO",
    ]);
  });
  it("narrows the range of 'early', 'mid' and 'late' to a third of the period", () => {
    expect(news("A poll was taken in late July.")).toEqual([
      ["late July", "2021-07", "2021-07-22", "2021-07-31"],
    ]);
    expect(news("The pact was signed in mid-February.")).toEqual([
      ["mid-February", "2022-02", "2022-02-10", "2022-02-19"],
    ]);
    expect(news("Output fell in the early 2010s.")).toEqual([
      ["the early 2010s", "201", "2010-01-01", "2013-05-01"],
    ]);
    // "earlier this year" already runs to the day of writing.
    expect(news("Output fell earlier this year.")).toEqual([
      ["earlier this year", "2022", "2022-01-01", "2022-03-24"],
    ]);
  });
  it("gives a yearless date the year of the story's written month, unless it is recent news", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    // Published 24 March 2022.
    expect(
      v("The port strike of August 2019 began slowly. Dockers had walked out on August 9."),
    ).toEqual(["2019-08", "2019-08-09"]);
    expect(v("On June 29 2020 the court ruled. On June 30, crowds gathered.")).toEqual([
      "2020-06-29",
      "2020-06-30",
    ]);
    // A month far from the written one, and a date of the last weeks, keep the year of writing.
    expect(v("The strike of August 2019 was long. On December 9 the yard shut.")).toEqual([
      "2019-08",
      "2021-12-09",
    ]);
    expect(v("The March 2019 strike was long. On March 9 the yard shut again.")).toEqual([
      "2019-03",
      "2022-03-09",
    ]);
  });
  it("counts hours back from the time of publication", () => {
    const at = (text: string, published: string) => news(text, published).map((t) => t[1]);
    expect(at("The dam burst some 36 hours ago.", "2022-03-24T08:00")).toEqual([
      "2022-03-22T20:00",
    ]);
    expect(at("The dam burst ten hours ago.", "2022-03-24T08:00")).toEqual(["2022-03-23T22:00"]);
    // Without a time, publication at midday: 36 hours back is the day before.
    expect(at("The dam burst some 36 hours ago.", "2022-03-24")).toEqual(["2022-03-23"]);
    expect(at("The dam burst ten hours ago.", "2022-03-24")).toEqual(["2022-03-24"]);
  });
  it("reads 'the quarter ended July 31' as the quarter holding most of its three months", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    expect(v("In the third quarter, sales rose. In the quarter ended Jan. 31, they fell.")).toEqual(
      ["2021-Q3", "2021-Q4", "2022-01-31"],
    );
    expect(v("In the third quarter, sales rose. In the quarter, they fell.")).toEqual([
      "2021-Q3",
      "2021-Q3",
    ]);
  });
  it("places 'just over a month ago' a little beyond a month back", () => {
    // Published 24 March 2022.
    expect(news("Just over a month ago, the mine flooded.")).toEqual([
      ["Just over a month ago", "2022-02", "2022-02-07", "2022-02-22"],
    ]);
    expect(news("A month ago, the mine flooded.")).toEqual([
      ["A month ago", "2022-02", "2022-02-01", "2022-02-28"],
    ]);
  });
  it("never counts a reported 'later' past publication", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    // Published 24 March 2022: the walkout had no date, so "a month later" is the time of writing.
    expect(news("Dockers walked out. Nearly a month later, talks have resumed.")).toEqual([
      ["Nearly a month later", "2022-03", "2022-03-01", "2022-03-24"],
    ]);
    expect(v("The pier shut in March 2022. A month later it will reopen.")).toEqual([
      "2022-03",
      "2022-04",
    ]);
    // Counted from a dated event, the count stands while it stays before publication...
    expect(v("The pier shut in February. A month later it reopened.")).toEqual([
      "2022-02",
      "2022-03",
    ]);
    // ...and is cut at publication when it reaches past it: a reopening already reported.
    expect(news("The pier shut on 3 February. Nearly a month later, it has reopened.")).toEqual([
      ["3 February", "2022-02-03", "2022-02-03", "2022-02-03"],
      ["Nearly a month later", "2022-03", "2022-03-01", "2022-03-24"],
    ]);
    expect(v("The pier shut in March. A month later it reopened.")).toEqual(["2022-03", "2022-03"]);
    expect(v("The pier shut on March 1. Two weeks later it reopened.")).toEqual([
      "2022-03-01",
      "2022-W11",
    ]);
  });
  it("keeps the month of 'early October' with mod START", () => {
    const t = tagTimexes("The harvest failed in early October.", {
      published: "2022-03-24",
      genre: "news",
    });
    expect(t.map((x) => [x.text, x.value, x.mod])).toEqual([["early October", "2021-10", "START"]]);
  });
  it("keeps X values and no range without a publication date", () => {
    expect(news("The council met Thursday, and last week prices fell.", null)).toEqual([
      ["Thursday", "XXXX-WXX-4", null, null],
      ["last week", "XXXX-WXX", null, null],
    ]);
    expect(news("Now the port is open.", null)).toEqual([["Now", "PRESENT_REF", null, null]]);
  });
  it("gives 'now' PRESENT_REF and 'today' the publication day", () => {
    expect(news("Today the port is open and now the ships sail.")).toEqual([
      ["Today", "2022-03-24", "2022-03-24", "2022-03-24"],
      ["now", "PRESENT_REF", null, null],
    ]);
  });
  it("gives durations and sets no range", () => {
    expect(news("In four weeks the ferries run every Monday, for a month.")).toEqual([
      ["four weeks", "P4W", null, null],
      ["every Monday", "XXXX-WXX-1", null, null],
      ["a month", "P1M", null, null],
    ]);
  });
  it("compares with the same quarter a year before", () => {
    expect(news("Profit rose in the third quarter from a year earlier.")).toEqual([
      ["the third quarter", "2021-Q3", "2021-07-01", "2021-09-30"],
      ["a year earlier", "2020-Q3", "2020-07-01", "2020-09-30"],
    ]);
  });
  it("reads calendar arithmetic the same in any time zone", () => {
    // The stages use UTC arithmetic only; this pins a date where local time would shift the day.
    expect(news("Yesterday the dam held.", "2022-01-01T00:30:00+14:00")).toEqual([
      ["Yesterday", "2021-12-31", "2021-12-31", "2021-12-31"],
    ]);
  });
});

describe("anchorDates, the coming days as news writes them", () => {
  // Published Thursday 24 March 2022.
  const v = (text: string) => news(text).map((t) => [t[0], t[1]]);
  it("puts both days of a schedule ahead", () => {
    expect(v("Ceasefire talks are set for Monday and Tuesday in Riga.")).toEqual([
      ["Monday", "2022-03-28"],
      ["Tuesday", "2022-03-29"],
    ]);
  });
  it("keeps a part of the day after a future verb on the coming day", () => {
    expect(v("The crew will land Friday evening.")).toEqual([["Friday evening", "2022-03-25TEV"]]);
    expect(v("The crew landed Monday evening.")).toEqual([["Monday evening", "2022-03-21TEV"]]);
  });
  it("reads a day of the month written as an ordinal word", () => {
    expect(v("The referendum is on the twelfth of May.")).toEqual([
      ["the twelfth of May", "2022-05-12"],
    ]);
  });
});

describe("anchorDates, what followed a dated event", () => {
  it("counts 'a year later' in news from the year the text dated", () => {
    expect(news("Fighting broke out in 1998; a year later a truce was signed.")).toContainEqual([
      "a year later",
      "1999",
      "1999-01-01",
      "1999-12-31",
    ]);
  });
});

describe("anchorDates, narrative", () => {
  it("leans relative dates on the last date mentioned", () => {
    expect(
      narrative(
        "On 12 May 1821 the rebels took Orlin. Two days later they marched north. The following month, the siege ended.",
      ),
    ).toEqual([
      ["12 May 1821", "1821-05-12"],
      ["Two days later", "1821-05-14"],
      ["The following month", "1821-06"],
    ]);
  });
  it("takes the year of a bare day or month from context", () => {
    expect(
      narrative("The war began in 1914. On 3 June the fleet sailed; in August it returned."),
    ).toEqual([
      ["1914", "1914"],
      ["3 June", "1914-06-03"],
      ["August", "1914-08"],
    ]);
  });
  it("does not move the story's year to a year it plans for", () => {
    expect(
      narrative(
        "On 4 May 1702 the duke crossed the river, ahead of a siege planned for 1703. On 9 May he took the fort.",
      ),
    ).toEqual([
      ["4 May 1702", "1702-05-04"],
      ["1703", "1703"],
      ["9 May", "1702-05-09"],
    ]);
    // A year the story reaches is its new time, an infinitive after a past verb included.
    expect(
      narrative(
        "On 4 May 1702 the duke crossed the river. His army began to withdraw in 1703. On 9 May he left.",
      ),
    ).toContainEqual(["9 May", "1703-05-09"]);
    expect(
      narrative(
        "On 4 May 1702 the duke crossed the river. The siege began in 1703. On 9 May he took the fort.",
      ),
    ).toContainEqual(["9 May", "1703-05-09"]);
  });
  it("returns to the story's year after a look back", () => {
    expect(
      narrative(
        "The second campaign opened in 1705. There had been no battle since the siege the previous year. On 12 March the duke marched.",
      ),
    ).toEqual([
      ["1705", "1705"],
      ["the previous year", "1704"],
      ["12 March", "1705-03-12"],
    ]);
  });
  it("leaves a history before the Common Era undated rather than in the year of writing", () => {
    expect(
      narrative(
        "The fleet sailed in August 480 BC. The following year it returned. In 1821 the city rose; two years later it was free.",
      ),
    ).toEqual([
      ["August 480 BC", "BC0480-08"],
      ["The following year", "XXXX"],
      ["1821", "1821"],
      ["two years later", "1823"],
    ]);
  });
  it("keeps 'now' as the present", () => {
    expect(narrative("The town, now a ruin, fell in 1640.")).toEqual([
      ["now", "PRESENT_REF"],
      ["1640", "1640"],
    ]);
  });
});

describe("anchorDates, weekends", () => {
  it("reads 'this weekend' by the tense, else as the nearer weekend", () => {
    // Published Thursday 24 March 2022.
    expect(news("Protests are planned this weekend.")[0]?.[1]).toBe("2022-W12-WE");
    expect(news("Protests took place this weekend.")[0]?.[1]).toBe("2022-W11-WE");
    // Early in the week, a clause without tense means the weekend just past.
    expect(news("Thousands without power this weekend.", "2022-03-22")[0]?.[1]).toBe("2022-W11-WE");
    expect(news("Thousands without power this weekend.")[0]?.[1]).toBe("2022-W12-WE");
  });
});

describe("anchorDates, decades", () => {
  it("counts years on from a decade in news, not from the date before it", () => {
    const v = news(
      "The fleet was built between 1939 and 1945. In the early 2010s, ferries switched to diesel. Just seven years later, they switched back.",
    ).map((t) => t[1]);
    expect(v.at(-1)).toBe("2017");
  });
  it("leaves a history's anchor where its dated events put it", () => {
    const t = tagTimexes(
      "The offensive began in March 1965, with tactics from the 1940s. In May, the rains came.",
      { published: "2009-12-19", genre: "narrative" },
    );
    expect(t.map((x) => x.value)).toEqual(["1965-03", "194", "1965-05"]);
  });
});

describe("anchorDates, apposition", () => {
  it("gives 'the day before/after' an event the value of the date it stands beside", () => {
    expect(news("Trading stopped on March 2, the day before the flood.").map((t) => t[1])).toEqual([
      "2022-03-02",
      "2022-03-02",
    ]);
    // With no date in focus, the day of the event is unknown: no range, so it dates nothing.
    expect(news("He left the day before the vote.")).toEqual([
      ["the day before", "XXXX-XX-XX", null, null],
    ]);
  });
  it("counts 'the day before/after' an event from the date in focus", () => {
    expect(
      news("Voters went to the polls on Sunday. The day after the vote, riots began."),
    ).toEqual([
      ["Sunday", "2022-03-20", "2022-03-20", "2022-03-20"],
      ["The day after", "2022-03-21", "2022-03-21", "2022-03-21"],
    ]);
    expect(news("The fleet sailed on 2 May 2019. The week before its departure was calm.")).toEqual(
      [
        ["2 May 2019", "2019-05-02", "2019-05-02", "2019-05-02"],
        ["The week before", "2019-W17", "2019-04-22", "2019-04-28"],
      ],
    );
  });
  it("dates the other event of 'comes a day after' back from the time in focus", () => {
    expect(
      news("The closure was announced this morning and comes a day after a fire broke out."),
    ).toEqual([
      ["this morning", "2022-03-24TMO", "2022-03-24", "2022-03-24"],
      ["a day after", "2022-03-23", "2022-03-23", "2022-03-23"],
    ]);
  });
});

describe("anchorDates, deadlines", () => {
  it("reads 'until' a weekday as a day still ahead, unless a past perfect says otherwise", () => {
    expect(news("The court postponed the hearing until Tuesday.")).toContainEqual([
      "Tuesday",
      "2022-03-29",
      "2022-03-29",
      "2022-03-29",
    ]);
    expect(news("Residents were given until midday on Saturday to leave.")).toContainEqual([
      "Saturday",
      "2022-03-26",
      "2022-03-26",
      "2022-03-26",
    ]);
    expect(news("The hearing was adjourned to Monday.")).toContainEqual([
      "Monday",
      "2022-03-28",
      "2022-03-28",
      "2022-03-28",
    ]);
    expect(news("Until Tuesday, the envoys had not met.")).toContainEqual([
      "Tuesday",
      "2022-03-22",
      "2022-03-22",
      "2022-03-22",
    ]);
  });
  it("reads 'until' after a past that went on as that past day, not a limit ahead", () => {
    const v = (text: string) => news(text).map((t) => t[1]);
    expect(v("The truce, agreed on Sunday, held until Wednesday.")).toEqual([
      "2022-03-20",
      "2022-03-23",
    ]);
    expect(v("Shelling of the port lasted until Tuesday.")).toEqual(["2022-03-22"]);
    expect(v("The court postponed the hearing until Tuesday.")).toEqual(["2022-03-29"]);
  });
  it("reads the past perfect only in the deadline's own sentence, after a paragraph break", () => {
    expect(
      news(
        "Earlier, the union had threatened a strike.\n\nThe board extended its offer until Tuesday.",
      ),
    ).toContainEqual(["Tuesday", "2022-03-29", "2022-03-29", "2022-03-29"]);
  });
});

describe("anchorDates, seasons and missing references", () => {
  it("keeps 'early summer' a season with mod START", () => {
    const t = tagTimexes("Crops failed in early summer.", {
      published: "2022-09-10",
      genre: "news",
    });
    expect(t.map((x) => [x.text, x.value, x.mod])).toEqual([["early summer", "2022-SU", "START"]]);
  });
  it("calls an unanchored offset past or future", () => {
    expect(news("The mill closed three years ago.", null)).toEqual([
      ["three years ago", "PAST_REF", null, null],
    ]);
  });
});

describe("anchorDates, asides", () => {
  it("does not let a bracketed year move the story's time", () => {
    expect(
      narrative("On 3 May 1921 the army crossed the border (1878). On 9 June it reached Velm."),
    ).toEqual([
      ["3 May 1921", "1921-05-03"],
      ["1878", "1878"],
      ["9 June", "1921-06-09"],
    ]);
  });
  it("does not let the year of a name move the story's time", () => {
    expect(
      narrative("In May 1921 the army invoked the 1878 Pact of Velm. On 9 June it crossed."),
    ).toEqual([
      ["May 1921", "1921-05"],
      ["1878", "1878"],
      ["9 June", "1921-06-09"],
    ]);
  });
});
