// A corpus explorer: three articles from three outlets, written by this test and run through the
// real extractor. Two of them report one happening in other words; the third is another story.
// The Articles panel lists them, its checkboxes narrow the map and the timeline (and the URL keeps
// the choice), and the two reports of one happening are one card with "2 sources".
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/core/contract";
import { extractArticles } from "./extractArticles";
import {
  drawnPlaceIds,
  expect,
  mapRegion,
  serveDataset,
  sourcesRegion,
  test,
  timelineEvents,
  timelineRegion,
} from "./fixtures";
import { GAZETTE, POST, WIRE } from "./newsroom";
import { shownEventIds } from "./timelineList";

let body = "";
let dataset: Dataset;

test.beforeAll(async () => {
  body = await extractArticles([
    { name: "gazette.md", content: GAZETTE },
    { name: "post.md", content: POST },
    { name: "wire.md", content: WIRE },
  ]);
  dataset = JSON.parse(body) as Dataset;
});

const articlesRegion = (page: Page) => page.getByRole("region", { name: "Articles", exact: true });
const documentOf = (outlet: string) => dataset.documents.find((d) => d.outlet === outlet)!;
const eventsOf = (docIds: readonly string[]) =>
  dataset.events.filter((e) => docIds.includes(e.doc));
const placesOf = (events: Dataset["events"]) => [...new Set(events.flatMap((e) => e.places))];
/** Point places (drawn as markers), not countries (drawn as shapes). */
const pointPlaces = (ids: readonly string[]) =>
  ids.filter((id) => dataset.places.find((p) => p.id === id)?.kind !== "country").sort();

test("the Articles panel lists every article with its outlet, date and event count", async ({
  page,
}) => {
  await serveDataset(page, body);
  await page.goto("./");
  const panel = articlesRegion(page);
  await expect(panel.getByRole("button", { name: "Articles" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  const rows = panel.locator(".article-row");
  await expect(rows).toHaveCount(3);
  for (const doc of dataset.documents) {
    const row = rows.filter({ has: page.getByRole("checkbox", { name: `Show ${doc.title}` }) });
    const count = eventsOf([doc.id]).length;
    await expect(row).toContainText(doc.outlet!);
    await expect(row).toContainText(`${count} event${count === 1 ? "" : "s"}`);
  }
  // The legend: one entry per outlet, each with a checkbox named by it.
  for (const outlet of new Set(dataset.documents.map((d) => d.outlet!)))
    await expect(panel.getByRole("checkbox", { name: `Show ${outlet}` })).toBeVisible();

  // Sorting by title puts the titles in order; searching keeps the matching ones.
  await panel.getByLabel("Sort articles by").selectOption("title");
  const titles = dataset.documents.map((d) => d.title).sort((a, b) => a.localeCompare(b));
  await expect(panel.locator(".article-row__title")).toHaveText(titles);
  await panel.getByLabel("Sort articles by").selectOption("date");
  const newest = [...dataset.documents].sort((a, b) => (b.published! < a.published! ? -1 : 1));
  await expect(panel.locator(".article-row__title")).toHaveText(newest.map((d) => d.title));
  await panel.getByRole("searchbox", { name: "Search articles" }).fill("walkout");
  await expect(panel.locator(".article-row__title")).toHaveText(["Port walkout over pay"]);

  // Closing it gives the map its width back.
  const before = (await mapRegion(page).boundingBox())!.width;
  await panel.getByRole("button", { name: "Articles" }).click();
  await expect(panel.locator(".article-row")).toHaveCount(0);
  await expect
    .poll(async () => (await mapRegion(page).boundingBox())!.width)
    .toBeGreaterThan(before);
});

test("checking an outlet narrows the map and timeline, and a reload keeps the choice", async ({
  page,
}) => {
  await serveDataset(page, body);
  await page.goto("./");
  const wire = documentOf("metro-wire.example");
  const panel = articlesRegion(page);
  await expect(timelineEvents(page).first()).toBeVisible();

  await panel.getByRole("checkbox", { name: "Show metro-wire.example" }).check();
  await expect(page).toHaveURL(/outlets=metro-wire.example/);
  const kept = eventsOf([wire.id]);
  await expect.poll(() => shownEventIds(page)).toEqual(kept.map((e) => e.id).sort());
  await expect.poll(() => drawnPlaceIds(page)).toEqual(pointPlaces(placesOf(kept)));
  // Exports follow: they hold what is shown.
  await expect(page.getByLabel(`Export ${kept.length} events`, { exact: true })).toBeVisible();

  // An article checked as well adds its events (and, shown alone, it is an ordinary card).
  const gazette = documentOf("Harbour Gazette");
  await panel.getByRole("checkbox", { name: `Show ${gazette.title}` }).check();
  await expect(page).toHaveURL(new RegExp(`docs=${gazette.id}`));
  const both = eventsOf([wire.id, gazette.id]);
  await expect.poll(() => shownEventIds(page)).toEqual(both.map((e) => e.id).sort());
  await expect(timelineRegion(page).getByText(/\d+ sources/)).toHaveCount(0);

  await page.reload();
  await expect(panel.getByRole("checkbox", { name: "Show metro-wire.example" })).toBeChecked();
  await expect(panel.getByRole("checkbox", { name: `Show ${gazette.title}` })).toBeChecked();
  await expect.poll(() => shownEventIds(page)).toEqual(both.map((e) => e.id).sort());

  // Back to the full view.
  await panel.getByRole("button", { name: "Show all" }).click();
  await expect(page).not.toHaveURL(/outlets=|docs=/);
  // The full view draws every place the articles name, whether or not an event carries it.
  const named = dataset.places.filter((p) => p.mentions.length > 0).map((p) => p.id);
  await expect.poll(() => drawnPlaceIds(page)).toEqual(pointPlaces(named));
});

test("two reports of one happening are one card with 2 sources, both passages in Sources", async ({
  page,
}) => {
  await serveDataset(page, body);
  await page.goto("./");
  const story = dataset.events.filter((e) => e.story !== undefined);
  expect(new Set(story.map((e) => e.story)).size, "the extractor groups the two reports").toBe(1);
  expect(story).toHaveLength(2);

  const card = timelineEvents(page).filter({ hasText: "2 sources" });
  await expect(card).toHaveCount(1);
  await expect(timelineEvents(page)).toHaveCount(dataset.events.length - 1);
  await expect(card).toContainText("Harbour Gazette, Valley Post");
  // The card names the places of both reports; selecting it highlights them all on the map.
  const places = pointPlaces(placesOf(story));
  expect(places.length).toBeGreaterThan(1);
  await card.getByRole("button", { name: "Show this event's places on the map" }).click();
  for (const id of places)
    await expect(mapRegion(page).locator(`[data-place-id="${id}"]`)).toHaveClass(/is-highlighted/);

  await card.getByRole("button", { name: "2 sources" }).click();
  const sources = sourcesRegion(page);
  const items = sources.getByTestId("story-source");
  await expect(items).toHaveCount(2);
  for (const event of story) {
    const doc = dataset.documents.find((d) => d.id === event.doc)!;
    const item = items.filter({ hasText: doc.title });
    await expect(item).toContainText(doc.outlet!);
    await expect(item).toContainText(event.text);
  }
  await expect(page).toHaveURL(/story=/);
  await sources.getByRole("button", { name: "Close sources" }).click();
  await expect(sources).toHaveCount(0);
});

test("on a phone the Articles panel starts closed above the map, the timeline naming the outlet colours", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await serveDataset(page, body);
  await page.goto("./");
  const panel = articlesRegion(page);
  const toggle = panel.getByRole("button", { name: "Articles" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(panel.locator(".article-row")).toHaveCount(0);
  const box = (await panel.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual((await mapRegion(page).boundingBox())!.y + 1);
  // With the panel closed, the timeline names the outlet colours itself.
  const legend = timelineRegion(page).getByRole("list", { name: "Outlet colours" });
  for (const outlet of new Set(dataset.documents.map((d) => d.outlet!)))
    await expect(legend).toContainText(outlet);
  await toggle.click();
  await expect(panel.locator(".article-row")).toHaveCount(dataset.documents.length);
  await expect(legend).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations in the Articles panel and a story's Sources (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await serveDataset(page, body);
    await page.goto("./");
    const card = timelineEvents(page).filter({ hasText: "2 sources" });
    await card.getByRole("button", { name: "2 sources" }).click();
    await expect(sourcesRegion(page).getByTestId("story-source")).toHaveCount(2);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 12).map((n) => n.target.join(" ")) }));
    expect(serious).toEqual([]);
  });
}
