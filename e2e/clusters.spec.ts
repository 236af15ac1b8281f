import { expect, mapRegion, markers, test, waitForMap } from "./fixtures";
import type { Page } from "@playwright/test";

const clusters = (page: Page) =>
  mapRegion(page).getByRole("button", { name: /^Cluster of \d+ places: / });

const zoomInUrl = (page: Page) =>
  Number(new URL(page.url()).searchParams.get("map")?.split(",")[2] ?? "NaN");

test("zoomed out, nearby places form named clusters with counts; clicking one zooms in", async ({
  page,
  dataset,
}) => {
  await page.goto("./?map=48.0000,30.0000,2");
  await waitForMap(page);
  const first = clusters(page).first();
  await expect(first).toBeVisible();

  // The count drawn is the number of places the accessible name announces, and those places have
  // no dot of their own at this zoom.
  const label = (await first.getAttribute("aria-label"))!;
  const count = Number(/^Cluster of (\d+) places/.exec(label)![1]);
  expect(count).toBeGreaterThan(1);
  await expect(first).toHaveText(String(count));
  const names = label
    .replace(/^Cluster of \d+ places: /, "")
    .replace(/ and \d+ more$/, "")
    .split(", ");
  const ids = dataset.places.filter((p) => names.includes(p.name)).map((p) => p.id);
  for (const id of ids)
    await expect(markers(page).and(page.locator(`[data-place-id="${id}"]`))).toHaveCount(0);

  // Clicking zooms in to where the group falls apart.
  await first.click();
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(2);
  await expect(clusters(page).and(page.locator(`[aria-label="${label}"]`))).toHaveCount(0);
});

test("a cluster is reached and expanded from the keyboard", async ({ page }) => {
  await page.goto("./?map=48.0000,30.0000,2");
  await waitForMap(page);
  const first = clusters(page).first();
  await expect(first).toHaveAttribute("tabindex", "0");
  await first.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(2);
});
