import { eventsInRange, expect, drawnPlaceIds, placesShownFor, test } from "./fixtures";
import { idsOf, shownEventIds } from "./timelineList";
import type { Page } from "@playwright/test";
import type { Dataset, DatelineEvent } from "../src/core/contract";

const LABELS = {
  military: "Military",
  diplomacy: "Diplomacy",
  economy: "Economy",
  humanitarian: "Humanitarian",
  other: "Other",
} as const;
type Category = keyof typeof LABELS;

const categoryOf = (e: DatelineEvent): Category => e.category ?? "other";

function countBy(events: DatelineEvent[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const e of events) counts.set(categoryOf(e), (counts.get(categoryOf(e)) ?? 0) + 1);
  return counts;
}

/** A category holding some but not all events, chosen from the data. */
function narrowingCategory(dataset: Dataset): Category {
  const counts = [...countBy(dataset.events)].sort((a, b) => a[1] - b[1]);
  const found = counts.find(([, n]) => n > 0 && n < dataset.events.length);
  if (!found) throw new Error("every event has one category; the facet cannot narrow the view");
  return found[0];
}

const facet = (page: Page, category: Category) =>
  page
    .getByRole("group", { name: "Event categories" })
    .getByRole("button", { name: new RegExp(`^${LABELS[category]} \\d+$`) });

test("category chips show counts, filter the timeline and the map, and live in the URL", async ({
  page,
  dataset,
}) => {
  await page.goto("./");
  const counts = countBy(dataset.events);
  for (const [category, n] of counts)
    await expect(facet(page, category)).toHaveText(`${LABELS[category]}${n}`);

  const category = narrowingCategory(dataset);
  const kept = dataset.events.filter((e) => categoryOf(e) === category);
  await facet(page, category).click();
  await expect(facet(page, category)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(kept));
  await expect(page.getByTestId("shown-count")).toHaveText(
    `${kept.length} of ${dataset.events.length} events`,
  );
  await expect(page).toHaveURL(new RegExp(`cat=${category}`));
  // The map keeps only places inside the kept events' passages (or named by them).
  await expect.poll(() => drawnPlaceIds(page)).toEqual(placesShownFor(dataset, kept));

  // A link restores the facet.
  await page.reload();
  await expect(facet(page, category)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(kept));

  await page.getByRole("button", { name: "All categories" }).click();
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(dataset.events));
  await expect(page).not.toHaveURL(/cat=/);
});

test("category counts follow the date filter", async ({ page, dataset }) => {
  const days = [...new Set(dataset.events.map((e) => e.date.start))].sort();
  const day = days.find((d) => {
    const n = eventsInRange(dataset, d, d).length;
    return n > 0 && n < dataset.events.length;
  });
  test.skip(!day, "every event shares one date");
  await page.goto(`./?from=${day}&to=${day}`);
  const inRange = eventsInRange(dataset, day!, day!);
  const counts = countBy(inRange);
  for (const category of Object.keys(LABELS) as Category[]) {
    const n = counts.get(category) ?? 0;
    if (n > 0) await expect(facet(page, category)).toHaveText(`${LABELS[category]}${n}`);
    else await expect(facet(page, category)).toHaveCount(0);
  }
});
