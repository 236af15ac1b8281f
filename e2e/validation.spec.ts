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
