// Colouring the map's dots by category or by outlet: two articles written by this test, from two
// outlets about two cities, run through the real extractor. The option is a segmented control on
// the map, kept in the URL; the legend names what each colour stands for.
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/core/contract";
import { CATEGORY_LABELS } from "../src/app/data/categories";
import { extractArticles } from "./extractArticles";
import { expect, mapRegion, serveDataset, test } from "./fixtures";

const VALLEY = `---
title: Floods in Porto
published: 2025-02-12
outlet: Valley Courier
---
Floodwater reached the old town of Porto on Monday, forcing hundreds from their homes.

Volunteers in Porto handed out food and blankets on Tuesday.
`;
const NORTHERN = `---
title: Ferry talks in Bergen
published: 2025-02-14
outlet: Northern Wire
---
Ministers met in Bergen on Wednesday to sign a new ferry agreement.

Trade officials in Bergen announced lower port tariffs on Thursday.
`;

const legend = (page: Page) => mapRegion(page).getByTestId("map-legend-colours").locator("li");

/** The colour the legend's swatch for `label` is drawn in, and the colour a place's dot is. */
const legendColour = (page: Page, label: string) =>
  legend(page)
    .filter({ hasText: label })
    .locator(".map-legend__dot")
    .evaluate((el) => getComputedStyle(el).backgroundColor);
const dotColour = (page: Page, placeId: string) =>
  mapRegion(page)
    .locator(`[data-place-id="${placeId}"] .pm__dot`)
    .evaluate((el) => getComputedStyle(el).backgroundColor);

test("dots take the colour of their category or their outlet, and the legend names them", async ({
  page,
}) => {
  const body = await extractArticles([
    { name: "valley.md", content: VALLEY },
    { name: "northern.md", content: NORTHERN },
  ]);
  const dataset = JSON.parse(body) as Dataset;
  const porto = dataset.places.find((p) => p.name === "Porto")!;
  const bergen = dataset.places.find((p) => p.name === "Bergen")!;

  await serveDataset(page, body);
  await page.goto("./");
  const map = mapRegion(page);
  await expect(map.getByRole("radio", { name: "Category" })).toBeChecked();
  // By category: the legend names categories only, and each dot has a colour the legend names.
  const categoryNames = Object.values(CATEGORY_LABELS);
  const labels = await legend(page).allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(categoryNames).toContain(label);
  const byCategory = await Promise.all(labels.map((l) => legendColour(page, l)));
  expect(byCategory).toContain(await dotColour(page, porto.id));
  expect(byCategory).toContain(await dotColour(page, bergen.id));
  // Every event about one city here has one category, so its dot is that category's colour.
  for (const place of [porto, bergen]) {
    const categories = new Set(
      dataset.events.filter((e) => e.places.includes(place.id)).map((e) => e.category ?? "other"),
    );
    if (categories.size !== 1) continue;
    const label = CATEGORY_LABELS[[...categories][0]!];
    expect(await dotColour(page, place.id)).toBe(await legendColour(page, label));
  }

  // By outlet: each city's dot takes its outlet's colour, as the legend says.
  await map.getByText("Outlet", { exact: true }).click();
  await expect(map.getByRole("radio", { name: "Outlet" })).toBeChecked();
  await expect(page).toHaveURL(/colour=outlet/);
  await expect(legend(page)).toHaveText(["Northern Wire", "Valley Courier"]);
  const valley = await legendColour(page, "Valley Courier");
  const northern = await legendColour(page, "Northern Wire");
  expect(valley).not.toBe(northern);
  await expect.poll(() => dotColour(page, porto.id)).toBe(valley);
  await expect.poll(() => dotColour(page, bergen.id)).toBe(northern);

  // The choice is in the link.
  await page.reload();
  await expect(map.getByRole("radio", { name: "Outlet" })).toBeChecked();
  await expect.poll(() => dotColour(page, porto.id)).toBe(valley);
});
