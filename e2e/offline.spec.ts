import {
  expect,
  markers,
  mostMentionedPointPlace,
  sourcesRegion,
  test,
  waitForMap,
} from "./fixtures";

// The auto fixture in ./fixtures fails any test that requests another host; this test also drives
// the app through the interactions that load assets (basemap, panning, zooming, a selection).
test("no request leaves the machine while the app is used", async ({
  page,
  dataset,
  offMachineRequests,
}) => {
  const hosts = new Set<string>();
  page.on("request", (r) => {
    if (r.url().startsWith("http")) hosts.add(new URL(r.url()).host);
  });
  await page.goto("./");
  await waitForMap(page);
  await expect(page.getByRole("checkbox", { name: "Online tiles" })).not.toBeChecked();

  await page.getByRole("button", { name: "Fit all" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(markers(page).first()).toBeAttached();
  const place = mostMentionedPointPlace(dataset);
  await page
    .getByRole("region", { name: "Map" })
    .getByRole("button", { name: place.name, exact: true })
    .focus();
  await page.keyboard.press("Enter");
  await expect(sourcesRegion(page)).toBeVisible();

  expect(offMachineRequests).toEqual([]);
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});
