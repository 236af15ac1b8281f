import { describe, expect, it } from "vitest";
import { findUnixTimestamp, inferPublished } from "./published";

describe("inferPublished", () => {
  it("prefers a Published line near the top", () => {
    const text =
      "Dam repairs finished\nPublished: 14 August 2018\n\nThe dam at Orrin, built on 2 May 1961, reopened.";
    expect(inferPublished(text)).toMatchObject({ published: "2018-08-14" });
  });

  it("reads an embedded Unix timestamp, in seconds or milliseconds", () => {
    expect(inferPublished("img_1600000000_large.jpg The mayor spoke on Friday.")).toBeNull(); // glued into a name
    expect(inferPublished("photo 1600000000 The mayor spoke on Friday.")?.published).toBe(
      "2020-09-13T12:26:40Z",
    );
    expect(findUnixTimestamp("ref 1600000000123 end")?.seconds).toBe(1600000000);
  });

  it("ignores ten-digit numbers outside a plausible range, like phone numbers", () => {
    expect(findUnixTimestamp("Call 5551234567 or 0123456789 today.")).toBeNull();
  });

  it("falls back to the latest full date in the text", () => {
    const text = "The treaty of 3 March 1990 was renewed on June 9, 2004, officials said.";
    expect(inferPublished(text)).toMatchObject({ published: "2004-06-09" });
    expect(inferPublished(text)?.evidence).toMatch(/^latest full date "June 9, 2004"/);
  });

  it("finds nothing when the text has no date", () => {
    expect(inferPublished("The river rose on Monday and the bridge closed.")).toBeNull();
  });
});
