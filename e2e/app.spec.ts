import {
  clickablePlace,
  clickPlaceMarker,
  drawnPlaceIds,
  eventsInRange,
  expect,
  mostMentionedPointPlace,
  placesShownFor,
  sourcesRegion,
  test,
  timelineRegion,
  waitForMap,
} from "./fixtures";
import { idsOf, shownEventIds } from "./timelineList";
import type { Dataset } from "../src/core/contract";

/** A one-day filter that keeps some events but not all, chosen from the data. */
function narrowingDay(dataset: Dataset): string {
  const days = [...new Set(dataset.events.map((e) => e.date.start))].sort();
  const day = days.find((d) => {
    const n = eventsInRange(dataset, d, d).length;
    return n > 0 && n < dataset.events.length;
  });
  if (!day) throw new Error("every event shares one date; no range can narrow the view");
  return day;
}

test("the page loads with the header, markers for the places and the events in the timeline", async ({
  page,
  dataset,
}) => {
  await page.goto("./");
  await expect(page.getByText("Dateline", { exact: true })).toBeVisible();
  await expect(page.getByTestId("summary")).toContainText(`${dataset.events.length} event`);
  await waitForMap(page);

  // Unfiltered, every mentioned place (and any an event names) is drawn, on its own or in a
  // cluster; continents are not.
  const named = new Set(dataset.events.flatMap((e) => e.places));
  const expected = dataset.places
    .filter((p) => p.kind !== "continent" && (p.mentions.length > 0 || named.has(p.id)))
    .map((p) => p.id)
    .sort();
  await expect.poll(() => drawnPlaceIds(page)).toEqual(expected);
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(dataset.events));

  // Each marker is focusable and named by its place.
  const place = mostMentionedPointPlace(dataset);
  const marker = page
    .getByRole("region", { name: "Map" })
    .getByRole("button", { name: place.name, exact: true });
  await expect(marker).toHaveAttribute("tabindex", "0");
});

test("a date range narrows both the map and the timeline", async ({ page, dataset }) => {
  const day = narrowingDay(dataset);
  const shownEvents = eventsInRange(dataset, day, day);
  await page.goto("./");
  await waitForMap(page);
  const before = await drawnPlaceIds(page);

  await page.getByLabel("From", { exact: true }).fill(day);
  await page.getByLabel("To", { exact: true }).fill(day);

  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(shownEvents));
  const expectedIds = placesShownFor(dataset, shownEvents);
  await expect.poll(() => drawnPlaceIds(page)).toEqual(expectedIds);
  expect(expectedIds.length).toBeLessThanOrEqual(before.length);
  await expect(page).toHaveURL(new RegExp(`from=${day}&to=${day}`));

  // The brush over the density histogram sets the same filter by dragging.
  await page.getByRole("button", { name: "All dates" }).click();
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(dataset.events));
  const brush = page.getByTestId("date-brush");
  const box = await brush.boundingBox();
  if (!box) throw new Error("the brush is not laid out");
  // Inside the strip, away from its ends: a drag to either end leaves that side open.
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const from = await page.getByLabel("From", { exact: true }).inputValue();
  const to = await page.getByLabel("To", { exact: true }).inputValue();
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(to >= from).toBe(true);
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(eventsInRange(dataset, from, to)));
});

test("clicking a place opens its sources with every mention highlighted", async ({
  page,
  dataset,
}) => {
  await page.goto("./");
  await waitForMap(page);
  const place = await clickablePlace(page, dataset);

  await clickPlaceMarker(page, place);

  const sources = sourcesRegion(page);
  await expect(sources.getByRole("heading", { name: place.name, exact: true })).toBeVisible();
  const mentionTexts = new Set(
    place.mentions.map((m) =>
      dataset.documents.find((d) => d.id === m.doc)!.text.slice(m.start, m.end),
    ),
  );
  const marks = sources.locator("mark");
  await expect(marks.first()).toBeVisible();
  // A passage repeated in its article shows once with its count ("×2"): each mention is marked
  // in a passage shown, or stands in one of its repeats.
  const accounted = await sources.locator(".source__passage").evaluateAll((items) =>
    items.reduce((sum, li) => {
      const times = Number(
        /×(\d+)/.exec(li.querySelector(".source__repeats")?.textContent ?? "")?.[1] ?? 1,
      );
      return sum + li.querySelectorAll("mark").length * times;
    }, 0),
  );
  expect(accounted).toBe(place.mentions.length);
  for (const text of await marks.allTextContents()) expect(mentionTexts).toContain(text);
  const titles = new Set(
    place.mentions.map((m) => dataset.documents.find((d) => d.id === m.doc)!.title),
  );
  for (const title of titles)
    await expect(sources.getByRole("heading", { name: title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`place=${encodeURIComponent(place.id)}`));

  await sources.getByRole("button", { name: "Close sources" }).click();
  await expect(sources).toHaveCount(0);
});

test("a place marker is selected from the keyboard", async ({ page, dataset }) => {
  const place = mostMentionedPointPlace(dataset);
  await page.goto("./");
  await waitForMap(page);
  const marker = page
    .getByRole("region", { name: "Map" })
    .getByRole("button", { name: place.name, exact: true });
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(
    sourcesRegion(page).getByRole("heading", { name: place.name, exact: true }),
  ).toBeVisible();
});

test("selecting an event highlights its places on the map", async ({ page, dataset }) => {
  const event = dataset.events.find((e) =>
    e.places.some((id) => dataset.places.find((p) => p.id === id)?.kind !== "continent"),
  );
  test.skip(!event, "no event names a place");
  await page.goto("./");
  await waitForMap(page);
  const card = timelineRegion(page).locator(`[data-event-id="${event!.id}"]`);
  await card.getByRole("button", { name: "Show this event's places on the map" }).click();
  const placeId = event!.places.find(
    (id) => dataset.places.find((p) => p.id === id)?.kind !== "continent",
  )!;
  await expect(page.locator(`[data-place-id="${placeId}"]`)).toHaveClass(/is-highlighted/);
  await expect(page).toHaveURL(new RegExp(`event=${encodeURIComponent(event!.id)}`));
});

test("the URL restores the view, and the view is written back to the URL", async ({
  page,
  dataset,
}) => {
  const place = mostMentionedPointPlace(dataset);
  const day = narrowingDay(dataset);
  const query = new URLSearchParams({
    from: day,
    to: day,
    place: place.id,
    map: "48.0000,20.0000,5",
  });
  await page.goto(`./?${query.toString()}`);

  await expect(page.getByLabel("From", { exact: true })).toHaveValue(day);
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(day);
  await expect(
    sourcesRegion(page).getByRole("heading", { name: place.name, exact: true }),
  ).toBeVisible();
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(eventsInRange(dataset, day, day)));
  const center = await page.evaluate(() => new URL(window.location.href).searchParams.get("map"));
  expect(center).toBe("48.0000,20.0000,5");

  // Change the view through the UI, reload, and get the same view back.
  await page.getByRole("button", { name: "All dates" }).click();
  await expect(page).not.toHaveURL(/from=/);
  await page.reload();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("");
  await expect(
    sourcesRegion(page).getByRole("heading", { name: place.name, exact: true }),
  ).toBeVisible();
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(dataset.events));
});

test("Back returns to the previous selection", async ({ page, dataset }) => {
  await page.goto("./");
  await waitForMap(page);
  const place = await clickablePlace(page, dataset);
  await clickPlaceMarker(page, place);
  const heading = sourcesRegion(page).getByRole("heading", { name: place.name, exact: true });
  await expect(heading).toBeVisible();

  await sourcesRegion(page).getByRole("button", { name: "Close sources" }).click();
  await expect(sourcesRegion(page)).toHaveCount(0);
  await page.goBack();
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`place=${encodeURIComponent(place.id)}`));
  await page.goForward();
  await expect(sourcesRegion(page)).toHaveCount(0);
});
