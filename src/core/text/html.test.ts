import { describe, expect, it } from "vitest";
import { htmlToText } from "./html";

describe("htmlToText", () => {
  it("drops scripts, styles and iframes with their content", () => {
    const html = `<html><head><title>Floods in Marrow</title><style>p{color:red}</style></head>
      <body><script>alert("x")</script><p>The river rose on Monday.</p><iframe src="x">inner</iframe>
      <p onclick="evil()">Roads closed.</p></body></html>`;
    const out = htmlToText(html);
    expect(out.title).toBe("Floods in Marrow");
    expect(out.text).toBe("The river rose on Monday.\n\nRoads closed.");
    expect(out.text).not.toMatch(/alert|color|inner|evil/);
  });

  it("decodes entities into text, leaving look-alike markup as text", () => {
    expect(htmlToText("<p>Tom &amp; Jo said &lt;b&gt; &#8220;hi&#8221;</p>").text).toBe(
      "Tom & Jo said <b> “hi”",
    );
  });

  it("reads published-time meta tags", () => {
    const out = htmlToText(
      '<meta property="article:published_time" content="2021-05-04T10:00:00Z"><p>x</p>',
    );
    expect(out.meta["article:published_time"]).toBe("2021-05-04T10:00:00Z");
  });

  it("survives deeply nested markup", () => {
    const html = "<div>".repeat(50_000) + "deep" + "</div>".repeat(50_000);
    expect(htmlToText(html).text).toBe("deep");
  });
});

describe("htmlToText on hostile markup", () => {
  it("stays linear on unclosed tags, many titles and bare <! runs", () => {
    const t0 = performance.now();
    htmlToText("<a ".repeat(20_000));
    htmlToText("<title>x</title>".repeat(20_000));
    htmlToText("<!".repeat(20_000));
    // Generous bound: the quadratic versions took tens of seconds here.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("still reads quoted attributes that contain a >", () => {
    expect(htmlToText('<p title="a > b">Text</p>').text).toBe("Text");
  });
});
