import { expect, serveDataset, test } from "./fixtures";

// These two replace the dataset response to check the app's own error handling; the data shown
// in every other test is the extractor's real output.
test("a malformed dataset gives a clear error screen", async ({ page }) => {
  await serveDataset(page, JSON.stringify({ schemaVersion: 1, documents: "nope" }));
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("does not match the Dateline format");
  await expect(alert).toContainText("documents");
});

test("an empty dataset explains how to add articles", async ({ page }) => {
  await serveDataset(
    page,
    JSON.stringify({ schemaVersion: 1, documents: [], places: [], events: [], dates: [] }),
  );
  await page.goto("./");
  await expect(page.getByText("npm run extract -- path/to/articles")).toBeVisible();
});
