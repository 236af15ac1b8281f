// Which outlet said what: two articles written by this test, one naming its outlet in front matter
// and one known only by its URL, run through the real extractor. Each event card and each Sources
// article names its outlet beside the title.
import { extractArticles } from "./extractArticles";
import { expect, serveDataset, sourcesRegion, test, timelineEvents } from "./fixtures";

const HARBOUR = `---
title: Dockers strike in Rotterdam
published: 2025-03-14
outlet: Harbour Gazette
---
Dock workers in Rotterdam walked off the job on Wednesday over automation plans.
`;
const WIRE = `---
title: Port walkout spreads
published: 2025-03-15
url: https://www.metro-wire.example/port-walkout
---
Port staff in Rotterdam joined the strike on Friday, union leaders said.
`;

test("event cards and Sources name the outlet of each article", async ({ page }) => {
  const body = await extractArticles([
    { name: "harbour.md", content: HARBOUR },
    { name: "wire.md", content: WIRE },
  ]);
  await serveDataset(page, body);
  await page.goto("./");

  const harbour = timelineEvents(page).filter({ hasText: "walked off the job" });
  await expect(harbour.locator(".event__source")).toHaveText(
    "Harbour Gazette · Dockers strike in Rotterdam",
  );
  const wire = timelineEvents(page).filter({ hasText: "joined the strike" });
  await expect(wire.locator(".event__source")).toHaveText(
    "metro-wire.example · Port walkout spreads",
  );

  await harbour.getByRole("button", { name: "Rotterdam", exact: true }).click();
  const outlets = sourcesRegion(page).locator(".source__outlet");
  await expect(outlets).toHaveText([" · Harbour Gazette", " · metro-wire.example"]);
});
