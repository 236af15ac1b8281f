// Places that share a point: an article written by this test names a city and camps, forts, a
// lake and a mountain the extractor can only place at that city, so all of them stand on its
// coordinates. Zoomed in, they spread round the point, and each can be clicked and focused.
import type { Dataset } from "../src/core/contract";
import { extractArticles } from "./extractArticles";
import { expect, mapRegion, serveDataset, sourcesRegion, test } from "./fixtures";

const ARTICLE = `---
title: Drills around Lyon
published: 2025-03-10
---
Engineers arrived in Lyon on March 3 to prepare the exercise.

On March 4, soldiers left Camp Arden near Lyon before dawn.

Tanks crossed Fort Belmar on March 5, officials in Lyon said.

Divers searched Lake Corvin on March 6 after a boat capsized.

Climbers reached Mount Dessel on March 7 to set up radio masts.

The mayor of Lyon thanked the crews on March 8.
`;

test("places on one point spread out, and each is clickable and focusable", async ({ page }) => {
  const body = await extractArticles([{ name: "drills.md", content: ARTICLE }]);
  const dataset = JSON.parse(body) as Dataset;
  const city = dataset.places.find((p) => p.name === "Lyon")!;
  const shared = dataset.places.filter((p) => p.lat === city.lat && p.lon === city.lon);
  expect(shared.length).toBeGreaterThanOrEqual(4);

  await serveDataset(page, body);
  await page.goto(`./?map=${city.lat},${city.lon},8`);
  const map = mapRegion(page);
  const centres = [];
  for (const place of shared) {
    const marker = map.locator(`[data-place-id="${place.id}"]`);
    await expect(marker).toBeAttached();
    const box = (await marker.boundingBox())!;
    centres.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  // No two markers are drawn on the same spot.
  for (let i = 0; i < centres.length; i++)
    for (let j = i + 1; j < centres.length; j++)
      expect(
        Math.hypot(centres[i]!.x - centres[j]!.x, centres[i]!.y - centres[j]!.y),
      ).toBeGreaterThan(8);

  // Each one, clicked where it is drawn, opens its own Sources.
  for (const place of shared) {
    await map.getByRole("button", { name: place.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`place=${encodeURIComponent(place.id)}`));
    await expect(sourcesRegion(page)).toContainText(place.name);
  }

  // And each is reached from the keyboard: focus, Enter.
  const last = shared[shared.length - 1]!;
  const first = shared[0]!;
  await map.getByRole("button", { name: first.name, exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`place=${encodeURIComponent(first.id)}`));
  await map.getByRole("button", { name: last.name, exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`place=${encodeURIComponent(last.id)}`));
});
