// Text that must yield no place: people, companies and ordinary words that share a name with a
// town or a country in the gazetteer.
import { describe, expect, it } from "vitest";
import { findPlaces } from "./index";
import { testWorld } from "./testing";

const gaz = testWorld();
const none = (text: string): void => expect(findPlaces(text, gaz).map((m) => m.text)).toEqual([]);

describe("no places", () => {
  it("a person named like a town", () => {
    none("Jack London said the novel was finished.");
    none("Mayor Tyler opened the fair.");
    none("Dr. Paris examined the patient.");
  });

  it("a given name named like a small town before a surname particle", () => {
    none("Velkin De Marco, the minister, resigned.");
    none("The report by Brackton Van Dijk was late.");
  });

  it("a surname used alone after the full name appeared", () => {
    none("The coach, Amos Quenby, was fired. Quenby declined to comment.");
    none("Jack Quenby spoke first. Critics found errors in Quenby's plan.");
  });

  it("a speaker named like a small town", () => {
    none("Brackton, 54, was charged with theft.");
    none("According to Strelsau Marek, 34, the lights help.");
  });

  it("a town's name closing a hyphenated name joined by a particle", () => {
    none("Attacks were claimed by Jamaat-e-Quenby in May.");
  });

  it("a company named like a country", () => {
    none("Shares of Ruritania Corp. fell sharply.");
  });

  it("publishers and football clubs named after a town", () => {
    none("Strelsau Publications reissued the novel.");
    none("Quenby United beat Velkin Rovers 2-1.");
  });

  it("ordinary words at the start of a sentence", () => {
    none("Reading the report took an hour.");
    none("May the best team win.");
  });

  it("months and vehicle makes", () => {
    none("The hearing was set for May 4.");
    none("He drove a 1998 Paris sedan.");
  });

  it("two town names in a row that are a person's names", () => {
    none("The reporter, Quenby Velkin, drank the water.");
  });

  it("a currency written with a country code", () => {
    none("The fund needs US$40 million.");
  });

  it("acronyms that spell a short town name", () => {
    none("The UN called for calm.");
  });
});

describe("no places: a speaker named like a large town", () => {
  it("a given name and a large town's name before a verb of saying", () => {
    none('"We are not leaving," Ilsa Strelsau said on Monday.');
  });
});

describe("no places: vessels named after towns", () => {
  it("a name after a ship noun or a hull prefix", () => {
    none("The freighter Strelsau Star ran aground off the coast.");
    none("The tanker Quenby took on water.");
    none("HMS Velkin fired a warning shot.");
  });
});

describe("no places: operation code names", () => {
  it("town names inside an operation's or exercise's name", () => {
    none("The army launched Operation Strelsau at night.");
    none("Troops joined Exercise Szohod in March.");
  });
});

describe("no places: nicknames in quotes", () => {
  it("a town's or country's name quoted with a given name", () => {
    none("Police arrested a man known as 'Ruritania Jack' in the raid.");
    none("Fans called her \u201cIlsa Georgia\u201d for years.");
  });
});

describe("no places: demonyms inside names", () => {
  it("a demonym inside an organisation's name of the form 'X of Y Z'", () => {
    none("The Organization of Ruritanian States met on Monday.");
    none("He joined the League of the Ruritanian Rights in 2004.");
  });
});

describe("no places: holidays named after a place", () => {
  it("a place's name before Day", () => {
    none("Shops close on Ruritania Day.");
    none("The parade marks Strelsau Day each year.");
  });
});

describe("no places: street addresses", () => {
  it("a house number and a street name used without its head word", () => {
    expect(
      findPlaces("Staff left 300 Quenby Street. Now 300 Quenby is empty.", gaz).map((m) => m.text),
    ).toEqual(["Quenby Street"]);
  });
});

describe("no places: words of a headline in capitals", () => {
  it("a town's name in an all-capitals headline that the text never names", () => {
    none("LEADERS MEET QUENBY DELEGATES\nThe talks went on for hours.");
  });
});
