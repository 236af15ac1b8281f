// Scale: an article written by this test (through the real extractor) with one place named in 500
// passages and one event naming 50 places. Both must stay usable: the event's chips are cut to a
// few with a "more" control, and the Sources panel scrolls inside itself instead of stretching
// the page.
import { extractArticles } from "./extractArticles";
import {
  expect,
  sourcesRegion,
  test,
  timelineEvents,
  timelineRegion,
  serveDataset,
} from "./fixtures";

const CAPITALS = [
  "Oslo",
  "Stockholm",
  "Helsinki",
  "Copenhagen",
  "Berlin",
  "Paris",
  "Madrid",
  "Lisbon",
  "Rome",
  "Vienna",
  "Prague",
  "Warsaw",
  "Budapest",
  "Athens",
  "Dublin",
  "Amsterdam",
  "Bern",
  "Sofia",
  "Bucharest",
  "Belgrade",
  "Zagreb",
  "Ljubljana",
  "Bratislava",
  "Vilnius",
  "Riga",
  "Tallinn",
  "Ankara",
  "Cairo",
  "Nairobi",
  "Accra",
  "Dakar",
  "Tunis",
  "Algiers",
  "Rabat",
  "Tokyo",
  "Seoul",
  "Manila",
  "Jakarta",
  "Hanoi",
  "Bangkok",
  "Tehran",
  "Baghdad",
  "Riyadh",
  "Doha",
  "Lima",
  "Santiago",
  "Bogota",
  "Caracas",
  "Havana",
  "Ottawa",
];

function article(): string {
  const lines = ["---", "title: Harbour strikes spread", "published: 2021-05-10", "---"];
  lines.push(
    `On May 3 dock workers walked out in ${CAPITALS.slice(0, -1).join(", ")} and ${CAPITALS.at(-1)}.`,
  );
  for (let i = 1; i <= 500; i++)
    lines.push(`Crew ${i} in Oslo unloaded ${i * 3} crates of cargo number ${i}.`);
  return lines.join("\n\n");
}

test("an event with 50 places and a place with 500 passages stay usable", async ({ page }) => {
  const body = await extractArticles([{ name: "strikes.md", content: article() }]);
  const ds = JSON.parse(body) as {
    events: { places: string[] }[];
    places: { name: string; mentions: unknown[] }[];
  };
  expect(Math.max(...ds.events.map((e) => e.places.length))).toBeGreaterThanOrEqual(45);
  expect(ds.places.find((p) => p.name === "Oslo")!.mentions.length).toBeGreaterThanOrEqual(500);
  await serveDataset(page, body);

  await page.goto("./");
  const event = timelineEvents(page).filter({ hasText: "dock workers" });
  await expect(event).toBeVisible();
  // Chips are cut to a handful with a control that shows the rest.
  const chips = event.getByRole("button").filter({ hasText: /^[A-Z][a-z]+$/ });
  await expect(chips).toHaveCount(8);
  await event.getByRole("button", { name: /more places/i }).click();
  expect(await chips.count()).toBeGreaterThanOrEqual(45);
  await event.getByRole("button", { name: "fewer places" }).click();
  await expect(chips).toHaveCount(8);

  // Sources for the place with 500 passages scrolls inside its panel.
  await timelineRegion(page).getByRole("button", { name: "Oslo", exact: true }).first().click();
  const sources = sourcesRegion(page);
  await expect(sources.locator("mark").first()).toBeVisible();
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize()!.height;
  expect(pageHeight).toBeLessThanOrEqual(viewport + 1);
});
