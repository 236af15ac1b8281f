import { describe, expect, it } from "vitest";
import { looksAhead, tenseAround } from "./tense";

const at = (text: string, word: string) => {
  const i = text.indexOf(word);
  return tenseAround(text, i, i + word.length);
};

describe("tenseAround", () => {
  it("reads the nearest tense marker to the left", () => {
    expect(at("The union said it will strike Friday.", "Friday")).toBe("future");
    expect(at("The union said Friday it would strike.", "Friday")).toBe("past");
    expect(at("The talks will be held Friday.", "Friday")).toBe("future");
  });
  it("reads 'last' after a modal as a verb, and 'is in' as a schedule", () => {
    expect(at("The talks will last until the fall.", "the fall")).toBe("future");
    expect(at("The election is in the fall.", "the fall")).toBe("future");
    expect(at("Prices rose last week.", "week")).toBe("past");
  });
  it("reads 'ahead of' forward only up to a comma", () => {
    expect(at("Crowds gathered ahead of Sunday's referendum.", "Sunday")).toBe("future");
    expect(
      at("Just ahead of the envoy's trip, the ministry on Sunday issued a warning.", "Sunday"),
    ).toBe("past");
  });
  it("reads 'last' after a possessive as an adjective", () => {
    expect(at("The mill will shut its last furnace in December.", "December")).toBe("future");
  });
  it("reads a plan in the past perfect as gone by", () => {
    expect(at("The offer had been due to expire Friday.", "Friday")).toBe("past");
    expect(at("The offer is due to expire Friday.", "Friday")).toBe("future");
  });
  it("reads a risk or chance of something at a date as a look ahead", () => {
    expect(
      at("Forecasters have outlined a risk of hail near the coast on Saturday.", "Saturday"),
    ).toBe("future");
    expect(at("The chance of rain Sunday is small.", "Sunday")).toBe("future");
    // A past verb after the noun is nearer, and reports.
    expect(at("The risk of fire was highest on Saturday.", "Saturday")).toBe("past");
  });
  it("reads a present verb of schedule as the future, but not a noun", () => {
    expect(at("Rival leaders meet Monday in Tallinn.", "Monday")).toBe("future");
    expect(at("The harvest fair opens June 3, organisers said.", "June 3")).toBe("future");
    expect(at("The vote is Tuesday.", "Tuesday")).toBe("future");
    expect(at("Voters go to the polls on Sunday.", "Sunday")).toBe("future");
    expect(at("Officials are bracing for Sunday's vote.", "Sunday")).toBe("future");
    expect(at("The handover takes place on Sunday.", "Sunday")).toBe("future");
    expect(at("Shares fell at the start of trading Friday.", "Friday")).toBe("past");
    expect(at("As of Friday's close, the index is at 400.", "Friday")).toBe("none");
    expect(at("The fair was off to a slow start on Friday.", "Friday")).toBe("past");
  });
  it("reads departures and what a past event led up to as the coming days", () => {
    expect(at("The mediator flies out Thursday, aides said.", "Thursday")).toBe("future");
    expect(at("The squad heads off Saturday for the final.", "Saturday")).toBe("future");
    expect(at("Crowds gathered ahead of Sunday's ballot.", "Sunday")).toBe("future");
    expect(at("The mediator flew out Thursday.", "Thursday")).toBe("past");
    expect(at("Growers have planned a march on the capital Friday.", "Friday")).toBe("future");
    expect(at("The club scheduled a vote for Monday.", "Monday")).toBe("future");
    expect(at("The club scheduled the vote and met Monday.", "Monday")).toBe("past");
  });
  it("does not take a name or an adverb in -ed for a past verb", () => {
    expect(at("Aides said the envoy would fly to the United States Thursday.", "Thursday")).toBe(
      "future",
    );
    expect(at("The crew will indeed land Friday.", "Friday")).toBe("future");
  });
  it("tells a clause that looks ahead", () => {
    const ahead = (text: string, word: string) => looksAhead(text, text.indexOf(word));
    expect(ahead("The board sold the plant in May.", "May")).toBe(false);
    expect(ahead("The board flew to the plant in May.", "May")).toBe(false);
    expect(ahead("The board agreed to sell the plant in May.", "May")).toBe(true);
    expect(ahead("It said the unspecified sum would be paid in May.", "May")).toBe(true);
  });
  it("reads a forecast as the coming days, but not the month May as a modal", () => {
    expect(at("A wider threat may develop into Saturday.", "Saturday")).toBe("future");
    expect(at("Gales might return Sunday.", "Sunday")).toBe("future");
    expect(at("More showers are expected Monday.", "Monday")).toBe("future");
    expect(at("The dam failed in May and on Friday the town flooded.", "Friday")).toBe("past");
  });
  it("falls back on the right, then on nothing", () => {
    expect(at("On Friday, the union struck.", "Friday")).toBe("past");
    expect(at("Friday.", "Friday")).toBe("none");
  });
});
