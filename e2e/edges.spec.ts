import { expect, mapRegion, markers, mostMentionedPointPlace, test, waitForMap } from "./fixtures";
import { idsOf, shownEventIds } from "./timelineList";
import type { Page } from "@playwright/test";

/** Ids of drawn places whose marker lies inside the map's box, and of those outside it. */
async function placesByVisibility(page: Page) {
  const box = (await mapRegion(page).locator(".map").boundingBox())!;
  const positions = await markers(page).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: (el as HTMLElement).dataset.placeId ?? "",
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
      };
    }),
  );
  const inside = (p: { x: number; y: number }) =>
    p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
  return {
    inside: positions.filter(inside).map((p) => p.id),
    outside: positions.filter((p) => !inside(p)).map((p) => p.id),
  };
}

const indicators = (page: Page) => mapRegion(page).getByTestId("edge-indicator");

test("places beyond the view are counted on the map's edges; clicking one brings them in", async ({
  page,
  dataset,
}) => {
  const place = mostMentionedPointPlace(dataset);
  await page.goto(`./?map=${place.lat},${place.lon},7`);
  await waitForMap(page);
  const { outside } = await placesByVisibility(page);
  test.skip(outside.length === 0, "every place fits in one close view");

  await expect(indicators(page).first()).toBeVisible();
  const counts = await indicators(page).evaluateAll((els) =>
    els.map((el) => Number((el as HTMLElement).dataset.count)),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(outside.length);

  const first = indicators(page).first();
  const ids = (await first.getAttribute("data-place-ids"))!.split(" ");
  expect(ids.every((id) => outside.includes(id))).toBe(true);
  await expect(first).toHaveAccessibleName(/^\d+ places? to the [a-z-]+: show them$/);
  await first.click();
  // Every place it counted is now inside the view.
  await expect
    .poll(async () => {
      const { inside } = await placesByVisibility(page);
      return ids.filter((id) => !inside.includes(id));
    })
    .toEqual([]);
});

test("'Only what's in view' keeps the events with a place in view, and is in the URL", async ({
  page,
  dataset,
}) => {
  const place = mostMentionedPointPlace(dataset);
  await page.goto(`./?map=${place.lat},${place.lon},7`);
  await waitForMap(page);
  const { inside } = await placesByVisibility(page);
  const expected = dataset.events.filter((e) => e.places.some((id) => inside.includes(id)));
  test.skip(expected.length === dataset.events.length, "every event has a place in this view");

  await mapRegion(page).getByLabel("Only what's in view").check();
  await expect(page).toHaveURL(/inview=1/);
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(expected));
  await expect(page.getByTestId("shown-count")).toHaveText(
    `${expected.length} of ${dataset.events.length} events`,
  );
});
