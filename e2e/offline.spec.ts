import {
  clickablePlace,
  clickPlaceMarker,
  expect,
  markers,
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
  // Zooming regroups the markers when it ends: the place to open is one drawn after that.
  await expect(page.locator(".leaflet-zoom-anim")).toHaveCount(0);
  const place = await clickablePlace(page, dataset);
  await page
    .getByRole("region", { name: "Map" })
    .getByRole("button", { name: place.name, exact: true })
    .focus();
  await page.keyboard.press("Enter");
  await expect(sourcesRegion(page)).toBeVisible();

  expect(offMachineRequests).toEqual([]);
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});

// zod validates with `new Function` unless jitless, and a bundler can sneak in eval or inline
// scripts: serve the page under a policy that forbids all of them and check the app still works.
test("the app runs under a Content-Security-Policy without unsafe-eval or inline scripts", async ({
  page,
  dataset,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
  ].join("; ");
  await page.route(
    (url) => url.pathname === "/" || url.pathname.endsWith("/index.html"),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), "content-security-policy": policy },
      });
    },
  );
  // Violations caught by the page's own code (zod probes eval in a try) never reach the console.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto("./");
  await waitForMap(page);
  await expect(page.getByTestId("timeline-event").first()).toBeVisible();
  const place = await clickablePlace(page, dataset);
  await clickPlaceMarker(page, place);
  await expect(sourcesRegion(page).locator("mark").first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});
