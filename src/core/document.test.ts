import { describe, expect, it } from "vitest";
import { normalizePublished, prepareDocument } from "./document";
import { analyzeDocument } from "./pipeline";
import { testWorld } from "./places/testing";

describe("prepareDocument", () => {
  it("takes front matter over the sidecar, and the title from the first line when none is given", () => {
    const r = prepareDocument({
      path: "a/story.md",
      format: "markdown",
      content:
        "---\npublished: 2020-05-01\ngenre: narrative\n---\n\n# Quarry flooded\n\nWater filled the quarry.",
      sidecar: { published: "2019-01-01", title: "From sidecar" },
    });
    expect(r.ok && r.record).toMatchObject({
      published: "2020-05-01",
      publishedSource: "front-matter",
      genre: "narrative",
      title: "From sidecar",
    });
  });

  it("uses CRLF and lone CR files with the same offsets as LF ones", () => {
    const lf = prepareDocument({ path: "x.txt", format: "text", content: "Line one.\nLine two." });
    const crlf = prepareDocument({
      path: "x.txt",
      format: "text",
      content: "Line one.\r\nLine two.",
    });
    const cr = prepareDocument({
      path: "x.txt",
      format: "text",
      content: "\uFEFFLine one.\rLine two.",
    });
    expect(lf.ok && crlf.ok && cr.ok).toBe(true);
    if (lf.ok && crlf.ok && cr.ok) {
      expect(crlf.record.text).toBe(lf.record.text);
      expect(cr.record.text).toBe(lf.record.text);
    }
  });

  it("says 'none' and notes it when there is no date at all", () => {
    const r = prepareDocument({
      path: "n.txt",
      format: "text",
      content: "The bridge closed on Monday.",
    });
    expect(r.ok && r.record.publishedSource).toBe("none");
    expect(r.ok && r.notes).toEqual([
      "n.txt: no publication date found; relative dates stay unresolved",
    ]);
  });

  it("refuses a file with no text", () => {
    expect(
      prepareDocument({ path: "e.html", format: "html", content: "<script>x()</script>" }),
    ).toEqual({
      ok: false,
      reason: "no text in it",
    });
  });
});

describe("normalizePublished", () => {
  it("accepts real ISO dates and datetimes, rejects impossible ones", () => {
    expect(normalizePublished("2024-02-29")).toBe("2024-02-29");
    expect(normalizePublished("2023-02-29")).toBeNull();
    expect(normalizePublished("2021-07-01 09:30:00Z")).toBe("2021-07-01T09:30:00Z");
    expect(normalizePublished("July 4, 2021")).toBe("2021-07-04");
    expect(normalizePublished("soon")).toBeNull();
    expect(normalizePublished("2022-03-24T99:99")).toBeNull();
    expect(normalizePublished("2022-03-24T10:00+99:99")).toBeNull();
    expect(normalizePublished("2022-03-24T10:00+05:30")).toBe("2022-03-24T10:00+05:30");
  });
});

describe("prepareDocument urls", () => {
  it("keeps http(s) links and drops script or data URLs with a note", () => {
    const ok = prepareDocument({
      path: "u.txt",
      format: "text",
      content: "---\nurl: https://example.org/x\n---\nText.",
    });
    expect(ok.ok && ok.record.url).toBe("https://example.org/x");
    const bad = prepareDocument({
      path: "v.txt",
      format: "text",
      content: "---\nurl: javascript:alert(1)\n---\nText.",
    });
    expect(bad.ok && bad.record.url).toBeNull();
    expect(bad.ok && bad.notes).toContain(
      'v.txt: url "javascript:alert(1)" is not an http(s) address; ignored',
    );
  });
});

describe("prepareDocument outlet", () => {
  const prep = (path: string, content: string, sidecar?: { source?: string; outlet?: string }) => {
    const r = prepareDocument({ path, format: "text", content, sidecar });
    return r.ok ? r.record.outlet : "refused";
  };

  it("takes the metadata's outlet or source, front matter before the sidecar", () => {
    expect(prep("x/a.txt", "---\noutlet: Harbour Gazette\n---\nText.", { outlet: "Other" })).toBe(
      "Harbour Gazette",
    );
    expect(prep("x/a.txt", "---\nsource: Valley Post\n---\nText.")).toBe("Valley Post");
    expect(prep("x/a.txt", "Text.", { source: "Sidecar Times" })).toBe("Sidecar Times");
    expect(prep("x/a.txt", "---\nsource: https://www.example.net/feed\n---\nText.")).toBe(
      "example.net",
    );
    // A provenance note is no outlet's name: the URL's host names it instead.
    expect(
      prep(
        "x/a.txt",
        "---\nurl: https://www.gazette.example/a\nsource: someone/corpus data/file-003.sgm key=12 (read 2020-01-01) @abc123\n---\nText.",
      ),
    ).toBe("gazette.example");
  });

  it("falls back to the URL's host without www, then to the article's folder", () => {
    expect(prep("x/a.txt", "---\nurl: https://www.news.example.org/a/1\n---\nText.")).toBe(
      "news.example.org",
    );
    expect(prep("corpus/coast-herald/a.txt", "Text.")).toBe("coast-herald");
    expect(prep("a.txt", "Text.")).toBeUndefined();
  });

  it("leaves the folder out when told it names no outlet", () => {
    const r = prepareDocument({
      path: "browser/a.txt",
      format: "text",
      content: "Text.",
      outletFromFolder: false,
    });
    expect(r.ok && r.record.outlet).toBeUndefined();
  });
});

describe("prepareDocument Markdown", () => {
  it("gives the text without markup, so offsets index what a reader sees", () => {
    const r = prepareDocument({
      path: "m.md",
      format: "markdown",
      content:
        "---\npublished: 2021-06-10\n---\n\n# Dam *repaired*\n\n> Crews at [the dam](https://example.org) worked on **Tuesday**.",
    });
    expect(r.ok && r.record.text).toBe("Dam repaired\n\nCrews at the dam worked on Tuesday.");
    expect(r.ok && r.record.title).toBe("Dam repaired");
  });
});

describe("prepareDocument Markdown and repeated passages", () => {
  it("shows a pull quote repeated in markup once, with its other place as an occurrence", () => {
    const r = prepareDocument({
      path: "q.md",
      format: "markdown",
      content: [
        "---",
        "published: 2021-06-10",
        "---",
        "Crews reopened the harbour bridge on Tuesday after a week of repairs.",
        "",
        "> *Crews reopened the harbour bridge on Tuesday after a week of repairs.*",
      ].join("\n"),
    });
    if (!r.ok) throw new Error(r.reason);
    const { events } = analyzeDocument(r.record, { gazetteer: testWorld() });
    expect(events).toHaveLength(1);
    expect(events[0]!.occurrences).toHaveLength(1);
  });
});
