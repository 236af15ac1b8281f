import { describe, expect, it } from "vitest";
import { inferGenre } from "./inferGenre";

const history =
  "The Orlin war began in 1712. In 1713 the northern towns rose. By 1715 the coast was lost, and in 1717 " +
  "the treaty of Velm was signed. Fighting resumed in 1720 and again in 1724. The last fort fell in 1726, " +
  "and in 1729 the provinces were united. A new constitution followed in 1731.";
const news =
  "The mayor of Velm said Thursday the bridge would reopen next week. Officials said on Wednesday that " +
  "repairs had cost more than expected, the council told reporters. Work began in 2021.";

describe("inferGenre", () => {
  it("calls a text with many absolute years and no reporting narrative", () => {
    const g = inferGenre(history);
    expect(g.genre).toBe("narrative");
    expect(g.evidence).toMatch(/absolute dates/);
  });
  it("calls a text with reported speech and relative dates news", () => {
    expect(inferGenre(news).genre).toBe("news");
    expect(inferGenre("").genre).toBe("news");
  });
  it("calls a text full of reported speech news however many absolute years it names", () => {
    const quoted = history.replace(/\. /g, ", the archivist said. ");
    expect(inferGenre(quoted).genre).toBe("news");
    expect(inferGenre(quoted).evidence).toMatch(/reporting verbs/);
  });
});
