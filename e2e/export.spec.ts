import { readFile } from "node:fs/promises";
import { eventsInRange, expect, test } from "./fixtures";
import { idsOf, shownEventIds } from "./timelineList";

test("the filtered view downloads as GeoJSON and CSV, without leaving the page", async ({
  page,
  dataset,
}) => {
  const days = [...new Set(dataset.events.map((e) => e.date.start))].sort();
  const day = days[Math.floor(days.length / 2)]!;
  const shown = eventsInRange(dataset, day, null);
  await page.goto(`./?from=${day}`);
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(shown));

  const placeIds = new Set(dataset.places.map((p) => p.id));
  const located = shown.filter((e) => e.places.some((id) => placeIds.has(id)));
  await page.getByLabel(`Export ${shown.length} events`).click();
  const [geojson] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /GeoJSON/ }).click(),
  ]);
  expect(geojson.suggestedFilename()).toBe(`dateline-${day}_end.geojson`);
  const collection = JSON.parse(await readFile((await geojson.path())!, "utf8")) as {
    type: string;
    features: { id: string }[];
  };
  expect(collection.type).toBe("FeatureCollection");
  expect(collection.features.map((f) => f.id).sort()).toEqual(located.map((e) => e.id).sort());

  await page.getByLabel(`Export ${shown.length} events`).click();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /CSV/ }).click(),
  ]);
  const rows = (await readFile((await csv.path())!, "utf8")).trim().split("\r\n");
  expect(rows[0]).toMatch(/^id,date_start,date_end/);
});
