// A corpus, not an article: some 20,000 events extracted in this test's setup from generated
// news articles (src/cli/bench/newsArticles.ts) through the real extractor, served in place of
// the build's dataset. The timeline must scroll to its last event, a brush drag must filter,
// Sources must open for a place, and the page must stay a bounded DOM (a list that renders every
// card, or every passage of a busy place, grows without limit) after each step.
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/core/contract";
import { generateArticles } from "../src/cli/bench/newsArticles";
import { extractArticles } from "./extractArticles";
import { expect, sourcesRegion, test, timelineEvents, timelineRegion } from "./fixtures";

const ARTICLES = 1000; // 20 dated sentences each
const MAX_NODES = 5000;

async function extractCorpus(): Promise<{ body: string; dataset: Dataset }> {
  const body = await extractArticles(generateArticles(ARTICLES, 20));
  return { body, dataset: JSON.parse(body) as Dataset };
}

async function expectBoundedDom(page: Page, after: string) {
  const nodes = await page.evaluate(() => document.querySelectorAll("*").length);
  expect(nodes, `DOM elements after ${after}`).toBeLessThan(MAX_NODES);
}

/** "N of M events" (or "M events") as numbers, whatever digit grouping the app uses. */
async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByTestId("shown-count").textContent()) ?? "";
  const numbers = [...text.matchAll(/\d[\d,.\u00a0\u202f ]*/g)].map((m) =>
    Number(m[0].replace(/\D/g, "")),
  );
  const [shown = NaN, total = shown] = numbers;
  return { shown, total };
}

test("a 20k-event corpus scrolls to its end, brushes and opens Sources with a bounded DOM", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { body, dataset } = await extractCorpus();
  const total = dataset.events.length;
  expect(total).toBeGreaterThanOrEqual(20_000);
  await page.route("**/data/dataset.json", (route) =>
    route.fulfill({ contentType: "application/json", body }),
  );
  // Whatever derived files the build holds belong to another dataset: the app must fall back
  // to dataset.json.
  await page.route("**/data/derived/**", (route) => route.fulfill({ status: 404, body: "" }));

  await page.goto("./");
  await expect(timelineEvents(page).first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => shownCount(page)).toEqual({ shown: total, total });
  await expectBoundedDom(page, "opening");

  // The last event in timeline order (the app's sort: date range, then article, then offset).
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const last = [...dataset.events].sort(
    (a, b) =>
      cmp(a.date.start, b.date.start) ||
      cmp(a.date.end, b.date.end) ||
      cmp(a.doc, b.doc) ||
      a.start - b.start,
  )[total - 1]!;
  const lastCard = timelineRegion(page).locator(`[data-event-id="${last.id}"]`);
  // Scrolls whichever element scrolls the region (a virtual list may scroll an inner one) to its
  // bottom until the last card is on screen; a list that grows as it nears the end takes a few
  // rounds.
  await expect(async () => {
    await timelineRegion(page).evaluate((region) => {
      const scroller = [region, ...region.querySelectorAll("*")].find((el) => {
        const y = getComputedStyle(el).overflowY;
        return (y === "auto" || y === "scroll") && el.scrollHeight > el.clientHeight + 1;
      });
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    });
    await expect(lastCard).toBeInViewport({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectBoundedDom(page, "scrolling to the end");

  // Sources for a place of that last event.
  const place = dataset.places.find((p) => p.id === last.places[0]);
  expect(place, "the last event names a place").toBeTruthy();
  await lastCard.getByRole("button", { name: place!.name, exact: true }).first().click();
  await expect(sourcesRegion(page).locator(".source__passage").first()).toBeVisible();
  await expectBoundedDom(page, `opening Sources for ${place!.name}`);
  await sourcesRegion(page).getByRole("button", { name: "Close sources" }).click();

  // A drag across the middle of the histogram filters to part of the corpus.
  const box = (await page.getByTestId("date-brush").boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.3 + 0.03 * i), y);
  await page.mouse.up();
  await expect
    .poll(async () => {
      const { shown, total: all } = await shownCount(page);
      return all === total && shown > 0 && shown < total;
    })
    .toBe(true);
  await expectBoundedDom(page, "a brush drag");
});
