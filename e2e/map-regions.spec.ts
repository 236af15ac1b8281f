// The first view of a corpus reported from two continents: articles written by this test, run
// through the real extractor. When neither continent holds two thirds of the place mentions, the
// map opens on both, with no edge indicator hiding either; a corpus that is mostly one continent,
// with a few far mentions, still opens on where most of it is (the far ones at the edges).
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/core/contract";
import { extractArticles } from "./extractArticles";
import { expect, mapRegion, serveDataset, test } from "./fixtures";

const AMERICAN = ["Chicago", "Denver", "Boston", "Atlanta", "Houston", "Seattle"];
const EUROPEAN = ["Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw"];

function article(title: string, cities: readonly string[], day: number): string {
  const lines = ["---", `title: ${title}`, "published: 2025-06-30", "---"];
  cities.forEach((city, i) => {
    lines.push(`Transit workers in ${city} walked out on June ${day + i}, union leaders said.`);
    lines.push(`Buses returned to ${city} on June ${day + i + 1} after talks.`);
  });
  return lines.join("\n\n");
}

/** The ids of the places the dataset resolved each name to. */
function placeIds(dataset: Dataset, names: readonly string[]): string[] {
  return dataset.places.filter((p) => names.includes(p.name)).map((p) => p.id);
}

/** Which of `ids` are behind edge indicators, sorted (polled: the map frames its first view
 * a moment after it opens on the world). */
async function hiddenAtEdges(page: Page, ids: readonly string[]): Promise<string[]> {
  const hidden = await mapRegion(page)
    .getByTestId("edge-indicator")
    .evaluateAll((els) => els.flatMap((el) => (el as HTMLElement).dataset.placeIds!.split(" ")));
  return hidden.filter((id) => ids.includes(id)).sort();
}

/** Drawn places, as markers or inside clusters. */
async function drawn(page: Page): Promise<string[]> {
  return mapRegion(page)
    .locator("[data-place-id], [data-cluster-place-ids]")
    .evaluateAll((els) =>
      els.flatMap((el) => {
        const d = (el as HTMLElement).dataset;
        return d.placeId !== undefined ? [d.placeId] : (d.clusterPlaceIds ?? "").split(" ");
      }),
    );
}

test("a corpus from two continents opens on both", async ({ page }) => {
  test.setTimeout(120_000);
  const body = await extractArticles([
    { name: "us-strikes.md", content: article("Strikes across America", AMERICAN, 2) },
    { name: "eu-strikes.md", content: article("Strikes across Europe", EUROPEAN, 3) },
  ]);
  const dataset = JSON.parse(body) as Dataset;
  const american = placeIds(dataset, AMERICAN);
  const european = placeIds(dataset, EUROPEAN);
  expect(american).toHaveLength(AMERICAN.length);
  expect(european).toHaveLength(EUROPEAN.length);

  await serveDataset(page, body);
  await page.goto("./");
  await expect(mapRegion(page).locator("[data-place-id]").first()).toBeAttached();
  await expect.poll(() => hiddenAtEdges(page, [...american, ...european])).toEqual([]);
  await expect
    .poll(async () => (await drawn(page)).filter((id) => american.includes(id)))
    .toHaveLength(american.length);
  expect((await drawn(page)).filter((id) => european.includes(id))).toHaveLength(european.length);
});

test("a corpus mostly from one continent opens there, a few far mentions at the edges", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const far = [
    "---",
    "title: Talks abroad",
    "published: 2025-06-30",
    "---",
    "Envoys met in Chicago on June 20 to discuss the strikes.",
    "A delegation flew to Beijing on June 22.",
  ].join("\n\n");
  const body = await extractArticles([
    { name: "eu-strikes.md", content: article("Strikes across Europe", EUROPEAN, 3) },
    { name: "eu-more.md", content: article("More strikes in Europe", EUROPEAN, 12) },
    { name: "talks.md", content: far },
  ]);
  const dataset = JSON.parse(body) as Dataset;
  const european = placeIds(dataset, EUROPEAN);
  const distant = placeIds(dataset, ["Chicago", "Beijing"]);
  expect(distant).toHaveLength(2);

  await serveDataset(page, body);
  await page.goto("./");
  await expect.poll(() => hiddenAtEdges(page, distant)).toEqual([...distant].sort());
  // Framed on the European cities: the view's centre lies among them, and most are in view.
  const [lat, lon] = new URL(page.url()).searchParams.get("map")!.split(",").map(Number);
  const cities = dataset.places.filter((p) => european.includes(p.id));
  expect(lat).toBeGreaterThan(Math.min(...cities.map((p) => p.lat)));
  expect(lat).toBeLessThan(Math.max(...cities.map((p) => p.lat)));
  expect(lon).toBeGreaterThan(Math.min(...cities.map((p) => p.lon)));
  expect(lon).toBeLessThan(Math.max(...cities.map((p) => p.lon)));
  expect((await hiddenAtEdges(page, european)).length).toBeLessThan(european.length / 2);
});
