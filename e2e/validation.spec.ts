// The dataset is checked when the app loads it: a file from another schema version or one whose
// events name places it does not hold gets an error screen that says what is wrong. The broken
// files are made from the extractor's real output with one thing changed.
import { expect, test, serveDataset } from "./fixtures";

test("a dataset of another schema version is refused with a clear message", async ({
  page,
  dataset,
}) => {
  const body = JSON.stringify({ ...dataset, schemaVersion: 2 });
  await serveDataset(page, body);
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("schemaVersion");
  await expect(page.getByRole("region", { name: "Map", exact: true })).toHaveCount(0);
});

test("an event naming a place that is not in the dataset is reported by its path", async ({
  page,
  dataset,
}) => {
  const index = dataset.events.findIndex((e) => e.places.length > 0);
  expect(index, "the seed dataset has an event with a place").toBeGreaterThanOrEqual(0);
  const events = dataset.events.map((e, i) =>
    i === index ? { ...e, places: ["geonames:does-not-exist"] } : e,
  );
  const body = JSON.stringify({ ...dataset, events });
  await serveDataset(page, body);
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText(
    `events.${index}.places.0: unknown place "geonames:does-not-exist"`,
  );
});

test("a dataset that failed validation at build time shows the same error screen", async ({
  page,
}) => {
  // What src/cli/derive.ts writes when the dataset does not validate: the page shows its problems.
  await page.route("**/data/derived/manifest.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        format: 1,
        meta: "",
        mentions: "",
        events: [],
        eventCount: 0,
        error: {
          title: "dataset.json does not match the Dateline format (schema 1).",
          problems: ['events.3.places.0: unknown place "geonames:does-not-exist"'],
          hint: "npm run extract -- path/to/articles",
        },
      }),
    }),
  );
  await page.goto("./");
  await expect(page.locator(".status-title")).toHaveText(
    "dataset.json does not match the Dateline format (schema 1).",
  );
  await expect(page.getByRole("alert")).toContainText("events.3.places.0: unknown place");
  await expect(page.getByRole("region", { name: "Map", exact: true })).toHaveCount(0);
});
