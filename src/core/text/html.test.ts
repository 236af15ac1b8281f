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
  // Their speed is measured by `npm run bench` (hostile inputs); here, what they give.
  it("reads unclosed tags, many titles and bare <! runs", () => {
    expect(htmlToText("<a ".repeat(20_000) + "<p>end</p>").text.endsWith("\n\nend")).toBe(true);
    expect(htmlToText("<title>x</title>".repeat(20_000)).title).toBe("x");
    expect(htmlToText("<!".repeat(20_000)).text).toBe("<!".repeat(20_000));
  });

  it("still reads quoted attributes that contain a >", () => {
    expect(htmlToText('<p title="a > b">Text</p>').text).toBe("Text");
  });
});
