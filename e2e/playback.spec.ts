import { drawnPlaceIds, expect, placesShownFor, test, timelineEvents } from "./fixtures";
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/core/contract";

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The days playback stops at: every distinct event start day. */
const stopsOf = (dataset: Dataset) => [...new Set(dataset.events.map((e) => e.date.start))].sort();

function inWindow(dataset: Dataset, playhead: string, days: number) {
  const from = addDays(playhead, -(days - 1));
  return dataset.events.filter((e) => e.date.end >= from && e.date.start <= playhead);
}

const playheadInUrl = (page: Page) => new URL(page.url()).searchParams.get("play");
const playback = (page: Page) => page.getByRole("group", { name: "Playback" });

test("stepping moves a 7-day window through the reported days; map, timeline and URL follow", async ({
  page,
  dataset,
}) => {
  const stops = stopsOf(dataset);
  test.skip(stops.length < 3, "too few dates to step through");
  // Start from a link at the second stop.
  await page.goto(`./?play=${stops[1]}`);
  await expect(timelineEvents(page)).toHaveCount(inWindow(dataset, stops[1]!, 7).length);

  await playback(page).getByRole("button", { name: "Next step" }).click();
  await expect(page).toHaveURL(new RegExp(`play=${stops[2]}`));
  const windowed = inWindow(dataset, stops[2]!, 7);
  await expect(timelineEvents(page)).toHaveCount(windowed.length);
  await expect.poll(() => drawnPlaceIds(page)).toEqual(placesShownFor(dataset, windowed));

  await playback(page).getByRole("button", { name: "Previous step" }).click();
  await expect(page).toHaveURL(new RegExp(`play=${stops[1]}`));

  // Cumulative: everything reported up to the playhead.
  await playback(page).getByLabel("Playback mode").selectOption("cumulative");
  await expect(page).toHaveURL(/pmode=cumulative/);
  await expect(timelineEvents(page)).toHaveCount(
    dataset.events.filter((e) => e.date.start <= stops[1]!).length,
  );

  await playback(page).getByRole("button", { name: "Stop playback" }).click();
  await expect(page).not.toHaveURL(/play=/);
  await expect(timelineEvents(page)).toHaveCount(Math.min(dataset.events.length, 150));
});

test("play advances on its own (at 4× speed), and pause stops it", async ({ page, dataset }) => {
  const stops = stopsOf(dataset);
  test.skip(stops.length < 3, "too few dates to play through");
  await page.goto("./");
  await playback(page).getByLabel("Speed").selectOption("4");
  await playback(page).getByRole("button", { name: "Play", exact: true }).click();
  // It starts at the first stop and moves on without further input.
  await expect.poll(() => playheadInUrl(page)).not.toBeNull();
  await expect.poll(() => stops.indexOf(playheadInUrl(page) ?? "")).toBeGreaterThan(1);

  await playback(page).getByRole("button", { name: "Pause", exact: true }).click();
  await expect(playback(page).getByRole("button", { name: "Play", exact: true })).toBeVisible();
  const paused = playheadInUrl(page);
  expect(stops).toContain(paused);
  // The timeline shows the window ending at the paused position.
  await expect(timelineEvents(page)).toHaveCount(inWindow(dataset, paused!, 7).length);
  await expect(page.getByTestId("playback-position")).toBeVisible();
});
