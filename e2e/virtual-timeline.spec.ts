// A corpus too big to draw whole: 5,000 dated events over 25 articles written by this test and run
// through the real extractor, every one naming the same port (5,000 passages for its Sources).
// The timeline must draw only what is near the view yet reach any event: by scrolling, by the
// keyboard and from a link; Sources must page the port's passages.
import type { Page } from "@playwright/test";
import type { Dataset, DatelineEvent } from "../src/core/contract";
import { MONTHS } from "../src/cli/bench/newsArticles";
import { extractArticles } from "./extractArticles";
import { expect, sourcesRegion, test, timelineEvents, timelineRegion } from "./fixtures";

const ARTICLES = 25;
const SENTENCES = 200;
const PORT = "Oslo";
const DESTINATIONS = [
  "Lisbon",
  "Vienna",
  "Warsaw",
  "Dublin",
  "Athens",
  "Prague",
  "Nairobi",
  "Lima",
];
// Far above what a virtual list draws (a screenful of cards and headings, each a dozen nodes) and
// far below the 5,000 cards alone.
const MAX_TIMELINE_NODES = 1500;

/** Article `a`: one dated sentence per line, two per day, the days running on across articles. */
function article(a: number): string {
  const lines = ["---", `title: Grain convoy log ${a + 1}`, "published: 2030-01-01", "---"];
  for (let k = 0; k < SENTENCES; k++) {
    const n = a * SENTENCES + k;
    const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(n / 2) * 86_400_000);
    const date = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    const to = DESTINATIONS[n % DESTINATIONS.length];
    lines.push(
      `On ${date}, a convoy left ${PORT} for ${to} with ${(n % 80) + 12} trucks of grain.`,
    );
  }
  return lines.join("\n\n");
}

let body = "";
let dataset: Dataset;
// The events in timeline order (date, then article, then offset: every day here is one article's).
let ordered: DatelineEvent[];

test.beforeAll(async () => {
  body = await extractArticles(
    Array.from({ length: ARTICLES }, (_, a) => ({ name: `log-${a}.md`, content: article(a) })),
  );
  dataset = JSON.parse(body) as Dataset;
  expect(dataset.events).toHaveLength(ARTICLES * SENTENCES);
  ordered = [...dataset.events].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.start - b.start,
  );
});

test.beforeEach(async ({ page }) => {
  await page.route("**/data/dataset.json", (route) =>
    route.fulfill({ contentType: "application/json", body }),
  );
  // Files derived from the served dataset at build time would describe another corpus.
  await page.route("**/data/derived/**", (route) => route.fulfill({ status: 404 }));
});

const scroller = (page: Page) => timelineRegion(page).locator(".timeline__scroller");
const timelineNodes = (page: Page) =>
  timelineRegion(page).evaluate((el) => el.querySelectorAll("*").length);
const card = (page: Page, event: DatelineEvent) =>
  timelineRegion(page).locator(`[data-event-id="${event.id}"]`);

test("scrolling reaches the last event while the timeline's DOM stays bounded", async ({
  page,
}) => {
  await page.goto("./");
  await expect(timelineEvents(page).first()).toBeVisible();
  await expect(page.getByTestId("shown-count")).toHaveText(`${dataset.events.length} events`);
  expect(await timelineNodes(page)).toBeLessThan(MAX_TIMELINE_NODES);

  // Halfway down, then to the end; rows measured on the way change the height, so the end is
  // chased until the last card is drawn.
  await scroller(page).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  // (The first card stays drawn wherever the view is: it is the list's tab stop.)
  await expect
    .poll(() =>
      timelineEvents(page).evaluateAll((cards) =>
        Math.max(...cards.map((c) => Number(c.getAttribute("aria-posinset")))),
      ),
    )
    .toBeGreaterThan(ordered.length / 3);
  expect(await timelineNodes(page)).toBeLessThan(MAX_TIMELINE_NODES);
  const last = ordered.at(-1)!;
  await expect
    .poll(async () => {
      await scroller(page).evaluate((el) => (el.scrollTop = el.scrollHeight));
      return card(page, last).count();
    })
    .toBe(1);
  await expect(card(page, last)).toBeInViewport();
  expect(await timelineNodes(page)).toBeLessThan(MAX_TIMELINE_NODES);
});

test("a date range set far down the list shows it from its first event", async ({ page }) => {
  await page.goto("./");
  const last = ordered.at(-1)!;
  await expect
    .poll(async () => {
      await scroller(page).evaluate((el) => (el.scrollTop = el.scrollHeight));
      return card(page, last).count();
    })
    .toBe(1);
  const from = ordered[Math.floor(ordered.length / 3)]!.date.start;
  await page.getByLabel("From", { exact: true }).fill(from);
  const first = ordered.find((e) => e.date.end >= from)!;
  await expect(card(page, first)).toBeInViewport();
});

test("End and Home reach the last and first events; PageDown moves a screenful", async ({
  page,
}) => {
  await page.goto("./");
  const first = card(page, ordered[0]!);
  await first.focus();
  await page.keyboard.press("End");
  await expect(card(page, ordered.at(-1)!)).toBeFocused();
  await expect(card(page, ordered.at(-1)!)).toBeInViewport();
  await page.keyboard.press("Home");
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();

  // A screenful holds a few cards: PageDown passes more than one, PageUp goes back up.
  const focusedIndex = async () => {
    const id = await page
      .locator('[data-testid="timeline-event"]:focus')
      .getAttribute("data-event-id");
    return ordered.findIndex((e) => e.id === id);
  };
  await page.keyboard.press("PageDown");
  await expect.poll(focusedIndex).toBeGreaterThan(1);
  const paged = await focusedIndex();
  await expect(card(page, ordered[paged]!)).toBeInViewport();
  await page.keyboard.press("PageUp");
  await expect.poll(focusedIndex).toBeLessThan(paged);
});

test("a link to a late event scrolls it into view", async ({ page }) => {
  const late = ordered[Math.floor(ordered.length * 0.8)]!;
  await page.goto(`./?event=${encodeURIComponent(late.id)}`);
  await expect(card(page, late)).toBeInViewport();
  await expect(card(page, late)).toHaveClass(/event--selected/);
  expect(await timelineNodes(page)).toBeLessThan(MAX_TIMELINE_NODES);
});

test("Sources of a place named in 5,000 passages shows a page and pages to the last", async ({
  page,
}) => {
  const port = dataset.places.find((p) => p.name === PORT)!;
  const total = port.mentions.length;
  expect(total).toBe(ARTICLES * SENTENCES);
  await page.goto(`./?place=${encodeURIComponent(port.id)}`);
  const sources = sourcesRegion(page);
  await expect(sources.getByRole("heading", { name: PORT, exact: true })).toBeVisible();
  const passages = sources.locator(".source__passage");
  const range = sources.getByTestId("sources-range");
  await expect(range).toHaveText(`1–50 of ${total}`);
  await expect(passages).toHaveCount(50);
  // The mention is marked on the page shown.
  await expect(passages.first().locator("mark")).toHaveText(PORT);

  await sources.getByRole("button", { name: "Next" }).click();
  await expect(range).toHaveText(`51–100 of ${total}`);
  await expect(passages).toHaveCount(50);
  await sources.getByRole("button", { name: "Last" }).click();
  await expect(range).toHaveText(`${total - 49}–${total} of ${total}`);
  await expect(passages).toHaveCount(50);
  await expect(sources.getByRole("button", { name: "Next" })).toBeDisabled();
  // The last page ends with the last article's last sentence.
  const lastDoc = dataset.documents.at(-1)!;
  const lastEvent = dataset.events.filter((e) => e.doc === lastDoc.id).at(-1)!;
  await expect(passages.last()).toContainText(lastEvent.text);
  await sources.getByRole("button", { name: "First" }).click();
  await expect(range).toHaveText(`1–50 of ${total}`);
});
