import { extractArticles } from "./extractArticles";
import {
  clickablePlace,
  clickPlaceMarker,
  expect,
  serveDataset,
  sourcesRegion,
  test,
  timelineEvents,
  waitForMap,
} from "./fixtures";
import { GAZETTE, MORE, POST, WIRE } from "./newsroom";

// The README's pictures, from the real extractor output in a production build. `npm run
// screenshots` writes them into docs/; a plain test run writes them under test-results/ (ignored
// by git), so `npm test` leaves the work tree as it found it.
const OUT = process.env.SCREENSHOTS === "1" ? "docs" : "test-results/screenshots";

test("screenshots for the README", async ({ page, dataset }) => {
  await page.goto("./");
  await waitForMap(page);
  await expect(page.getByTestId("timeline-event").first()).toBeVisible();
  await page.screenshot({ path: `${OUT}/screenshot.png` });

  const place = await clickablePlace(page, dataset);
  await clickPlaceMarker(page, place);
  await expect(sourcesRegion(page).locator("mark").first()).toBeVisible();
  await page.screenshot({ path: `${OUT}/screenshot-sources.png` });
});

test("screenshots of the dark and phone views for the README", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("./");
  await waitForMap(page);
  await expect(page.getByTestId("timeline-event").first()).toBeVisible();
  await page.screenshot({ path: `${OUT}/screenshot-dark.png` });

  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("./");
  await waitForMap(page);
  await expect(page.getByTestId("timeline-event").first()).toBeAttached();
  await page.screenshot({ path: `${OUT}/screenshot-phone.png` });
});

test("screenshot of adding articles in the browser for the README", async ({ page }) => {
  await page.goto("./");
  await waitForMap(page);
  // An article written for this picture, with no publication date, so the app asks for one.
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Add articles" }).click();
  await (
    await chooser
  ).setFiles({
    name: "harbour-works.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(
      "Harbour works begin\n\nCranes arrived in Gdansk on Monday to start work on the new quay.\n" +
        "Port officials in Gdynia said last week that the project would take two years.\n",
    ),
  });
  const dialog = page.getByRole("dialog", { name: "When was this published?" });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await dialog.getByLabel("Publication date").fill("2024-09-18");
  await page.screenshot({ path: `${OUT}/screenshot-import.png` });
});

test("screenshot of a corpus of several outlets with the Articles panel open", async ({ page }) => {
  const articles = [GAZETTE, POST, WIRE, ...MORE].map((content, i) => ({
    name: `article-${i}.md`,
    content,
  }));
  await serveDataset(page, await extractArticles(articles));
  await page.goto("./");
  await waitForMap(page);
  await expect(page.getByRole("region", { name: "Articles" }).locator(".article-row")).toHaveCount(
    articles.length,
  );
  // The card that folds two reports of one happening, selected: its places lit on the map.
  const story = timelineEvents(page).filter({ hasText: "2 sources" });
  await story.getByRole("button", { name: "Show this event's places on the map" }).click();
  await expect(story).toHaveClass(/event--selected/);
  await page.screenshot({ path: `${OUT}/screenshot-articles.png` });
});
