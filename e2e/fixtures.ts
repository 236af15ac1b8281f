// Shared fixtures: the dataset the app is serving (tests choose what to click from it, never from
// hard-coded names), and a guard that fails any test whose page asks for anything off this machine.
import { test as base, expect, type Page } from "@playwright/test";
import type { Dataset, DatelineEvent, Place } from "../src/core/contract";

interface Fixtures {
  dataset: Dataset;
  offMachineRequests: string[];
}

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return true;
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host === "::1";
}

export const test = base.extend<Fixtures>({
  dataset: async ({ request }, use) => {
    const response = await request.get("data/dataset.json");
    expect(response.ok(), "the webServer command writes public/data/dataset.json").toBe(true);
    await use((await response.json()) as Dataset);
  },
  offMachineRequests: [
    async ({ context }, use) => {
      const offenders: string[] = [];
      // Abort rather than let through: a test must not depend on the network, and a request that
      // leaves the machine is a failure by itself.
      await context.route(
        (url) => !isLocal(url.toString()),
        (route) => {
          offenders.push(route.request().url());
          return route.abort();
        },
      );
      await use(offenders);
      expect(offenders, "requests that left the machine").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Serves `body` as the app's dataset.json and hides the derived files the build wrote, so the app
 * takes its fallback path and derives the compact form from this dataset in its worker.
 */
export async function serveDataset(page: Page, body: string): Promise<void> {
  await page.route("**/data/derived/**", (route) => route.fulfill({ status: 404, body: "" }));
  await page.route("**/data/dataset.json", (route) =>
    route.fulfill({ contentType: "application/json", body }),
  );
}

export const mapRegion = (page: Page) => page.getByRole("region", { name: "Map", exact: true });
export const timelineRegion = (page: Page) =>
  page.getByRole("region", { name: "Timeline", exact: true });
export const sourcesRegion = (page: Page) =>
  page.getByRole("region", { name: "Sources", exact: true });
export const markers = (page: Page) => mapRegion(page).locator("[data-place-id]");
export const timelineEvents = (page: Page) => timelineRegion(page).getByTestId("timeline-event");

/** Places drawn on the map, as their own marker or inside a cluster (zoomed out, nearby dots
 * group), sorted. */
export async function drawnPlaceIds(page: Page): Promise<string[]> {
  return mapRegion(page)
    .locator("[data-place-id], [data-cluster-place-ids]")
    .evaluateAll((els) =>
      els
        .flatMap((el) => {
          const d = (el as HTMLElement).dataset;
          return d.placeId !== undefined ? [d.placeId] : (d.clusterPlaceIds ?? "").split(" ");
        })
        .sort(),
    );
}

/** Waits until the basemap is drawn and the markers are placed. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(mapRegion(page).locator(".leaflet-overlay-pane path").nth(100)).toBeAttached();
  await expect(markers(page).first()).toBeAttached();
}

// The contract's filter rule, restated here so the tests check the app against the contract.
export function eventsInRange(
  dataset: Dataset,
  from: string | null,
  to: string | null,
): DatelineEvent[] {
  return dataset.events.filter(
    (e) => (from === null || e.date.end >= from) && (to === null || e.date.start <= to),
  );
}

/** Places the map should show under a filter: those mentioned inside a shown event's passage
 * (or its repeats), or named by a shown event. Continents are not drawn as markers. */
export function placesShownFor(dataset: Dataset, events: DatelineEvent[]): string[] {
  const spans = events.flatMap((e) => [
    { doc: e.doc, start: e.start, end: e.end },
    ...(e.occurrences ?? []),
  ]);
  const ids = new Set(events.flatMap((e) => e.places));
  for (const place of dataset.places) {
    if (
      place.mentions.some((m) =>
        spans.some((s) => s.doc === m.doc && m.start >= s.start && m.end <= s.end),
      )
    )
      ids.add(place.id);
  }
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  return [...ids].filter((id) => byId.get(id) && byId.get(id)!.kind !== "continent").sort();
}

/** The most-mentioned place drawn as a dot (city, admin area, site), else any drawn place. */
export function mostMentionedPointPlace(dataset: Dataset): Place {
  const drawn = dataset.places.filter((p) => p.kind !== "continent" && p.mentions.length > 0);
  const points = drawn.filter((p) => p.kind === "city" || p.kind === "admin" || p.kind === "site");
  const pool = points.length > 0 ? points : drawn;
  const place = [...pool].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
  )[0];
  if (!place) throw new Error("the dataset has no mentioned place to click");
  return place;
}

/**
 * The most-mentioned place whose marker a pointer can reach: its centre not under another marker
 * or a map control (the view depends on the data, so a fixed choice could be covered).
 */
export async function clickablePlace(page: Page, dataset: Dataset): Promise<Place> {
  const drawn = dataset.places.filter((p) => p.kind !== "continent" && p.mentions.length > 0);
  const rank = (p: Place) => (p.kind === "city" || p.kind === "admin" || p.kind === "site" ? 0 : 1);
  const ordered = [...drawn].sort(
    (a, b) =>
      rank(a) - rank(b) || b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
  );
  for (const place of ordered) {
    const reachable = await page.evaluate((id) => {
      const marker = document.querySelector<HTMLElement>(`[data-place-id="${CSS.escape(id)}"]`);
      const target = marker?.querySelector<HTMLElement>(".pm__dot, .pm__area");
      if (!marker || !target) return false;
      const box = target.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit?.closest("[data-place-id]") === marker;
    }, place.id);
    if (reachable) return place;
  }
  throw new Error("no place marker can be reached by a pointer");
}

export async function clickPlaceMarker(page: Page, place: Place): Promise<void> {
  await mapRegion(page).getByRole("button", { name: place.name, exact: true }).click();
}
