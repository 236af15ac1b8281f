// A corpus naming hundreds of places: articles written by this test from the gazetteer's largest
// cities (one dated sentence each, through the real extractor). Above a few hundred markers the
// map draws only what lies in or near the view, so the page stays small; a place in the view is
// still drawn, focusable and named, and the edge indicators still count the rest.
import { loadGazetteer } from "../src/cli/loadGazetteer";
import type { Dataset } from "../src/core/contract";
import { extractArticles } from "./extractArticles";
import { expect, mapRegion, serveDataset, test } from "./fixtures";

const CITIES = 600;
const PER_ARTICLE = 50;

/** The most populous cities whose name means them first (the gazetteer ranks namesakes by size). */
async function largestCities(count: number): Promise<string[]> {
  const gazetteer = await loadGazetteer();
  const cities = [];
  for (let row = 0; row < gazetteer.size; row++) {
    const e = gazetteer.entry(row);
    if (e.kind === "city" && e.population >= 300_000 && /^[A-Z][a-z]+$/.test(e.name))
      cities.push(e);
  }
  cities.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1));
  const names = new Set<string>();
  for (const c of cities) {
    if (gazetteer.lookup(c.name)[0]?.id === c.id) names.add(c.name);
    if (names.size === count) break;
  }
  return [...names];
}

let body = "";
let dataset: Dataset;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const names = await largestCities(CITIES);
  const articles = [];
  for (let a = 0; a * PER_ARTICLE < names.length; a++) {
    const lines = [
      "---",
      `title: Rallies in ${PER_ARTICLE} cities`,
      "published: 2024-06-20",
      "---",
    ];
    names.slice(a * PER_ARTICLE, (a + 1) * PER_ARTICLE).forEach((name, i) => {
      lines.push(`On June ${(i % 19) + 1}, thousands of marchers filled the streets of ${name}.`);
    });
    articles.push({ name: `rallies-${a}.md`, content: lines.join("\n\n") });
  }
  body = await extractArticles(articles);
  dataset = JSON.parse(body) as Dataset;
});

test("hundreds of places: only those near the view are drawn, and those are reachable", async ({
  page,
}) => {
  const cities = dataset.places.filter((p) => p.kind === "city");
  expect(cities.length).toBeGreaterThan(400);
  // Open zoomed in on one of them (zoom 6: past clustering, so every place is its own dot).
  const target = cities[Math.floor(cities.length / 2)]!;
  await serveDataset(page, body);
  await page.goto(`./?map=${target.lat},${target.lon},6`);
  const map = mapRegion(page);
  await expect(map.locator(`.place-marker[data-place-id="${target.id}"]`)).toBeAttached();
  await expect(map.getByRole("button", { name: target.name, exact: true })).toBeAttached();

  const drawn = await map.locator(".place-marker, .cluster-marker").count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(cities.length / 2);
  // What is not drawn is still counted at the edges.
  const edgeCounts = await map
    .locator(".edge-indicator")
    .evaluateAll((els) => els.map((el) => Number(/\d+/.exec(el.textContent ?? "")?.[0] ?? 0)));
  expect(edgeCounts.reduce((a, b) => a + b, 0)).toBeGreaterThan(cities.length / 2);
});
