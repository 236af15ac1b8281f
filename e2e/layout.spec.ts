import {
  expect,
  mapRegion,
  mostMentionedPointPlace,
  sourcesRegion,
  test,
  timelineRegion,
} from "./fixtures";
import type { Locator, Page } from "@playwright/test";

/** Relative luminance of an element's computed colour property, 0 (black) to 1 (white). */
async function luminance(locator: Locator, property: "backgroundColor" | "color") {
  const value = await locator.evaluate(
    (el, prop) => getComputedStyle(el)[prop as "color"],
    property,
  );
  const [r, g, b] = (value.match(/\d+(\.\d+)?/g) ?? []).map(Number) as [number, number, number];
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const body = (page: Page) => page.locator("body");

test("the app follows the system colour scheme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("./");
  await expect(timelineRegion(page)).toBeVisible();
  expect(await luminance(body(page), "backgroundColor")).toBeGreaterThan(0.8);

  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => luminance(body(page), "backgroundColor")).toBeLessThan(0.05);
  // Text stays readable: light on dark, in the timeline as on the page.
  expect(await luminance(timelineRegion(page), "color")).toBeGreaterThan(0.6);
  expect(await luminance(timelineRegion(page), "backgroundColor")).toBeLessThan(0.05);
  expect(await luminance(mapRegion(page).locator(".map"), "backgroundColor")).toBeLessThan(0.05);
});

test("at 375 px the map sits above the timeline and Sources open as a bottom sheet", async ({
  page,
  dataset,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const place = mostMentionedPointPlace(dataset);
  await page.goto("./");
  const map = (await mapRegion(page).boundingBox())!;
  const timeline = (await timelineRegion(page).boundingBox())!;
  expect(map.width).toBeGreaterThan(370);
  expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.goto(`./?place=${encodeURIComponent(place.id)}`);
  const sheet = sourcesRegion(page);
  await expect(sheet.getByRole("heading", { name: place.name, exact: true })).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect(box.x).toBe(0);
  expect(box.width).toBe(375);
  expect(Math.round(box.y + box.height)).toBe(740);
  expect(box.height).toBeLessThanOrEqual(740 * 0.7 + 1);
  await sheet.getByRole("button", { name: "Close sources" }).click();
  await expect(sheet).toHaveCount(0);
});
