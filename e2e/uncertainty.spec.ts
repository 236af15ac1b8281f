import { expect, mapRegion, test, waitForMap } from "./fixtures";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

test("a date range is drawn as a band as wide as the range, a single day is not", async ({
  page,
  dataset,
}) => {
  const ranges = dataset.events.filter((e) => e.date.start !== e.date.end);
  test.skip(ranges.length === 0, "no event is dated only to a range");
  await page.goto("./");
  const bands = page.getByTestId("date-band");
  const distinct = new Set(ranges.map((e) => `${e.date.start}/${e.date.end}`));
  const strip = page.locator(".brush__bands");
  await expect(strip).toBeVisible();
  const first = Number(await strip.getAttribute("data-first-day"));
  const last = Number(await strip.getAttribute("data-last-day"));
  const stripBox = (await strip.boundingBox())!;
  // Bands lying wholly outside the strip are left to its "earlier"/"later" counts.
  const inside = [...distinct].filter((key) => {
    const [s, e] = key.split("/") as [string, string];
    return dayNumber(e) >= first && dayNumber(s) <= last;
  });
  expect(inside.length).toBeGreaterThan(0);
  await expect(bands).toHaveCount(inside.length);

  for (const band of await bands.all()) {
    const start = Number(await band.getAttribute("data-start-day"));
    const end = Number(await band.getAttribute("data-end-day"));
    const days = Math.min(end, last) - Math.max(start, first) + 1;
    const box = (await band.boundingBox())!;
    // Its drawn width is its share of the strip's days (within a pixel or two of rounding).
    expect(Math.abs(box.width - (stripBox.width * days) / (last - first + 1))).toBeLessThan(2);
  }
  // No band stands for a one-day date.
  const oneDay = dataset.events.find((e) => e.date.start === e.date.end);
  if (oneDay)
    await expect(
      page.locator(
        `[data-testid="date-band"][data-start-day="${dayNumber(oneDay.date.start)}"][data-end-day="${dayNumber(oneDay.date.end)}"]`,
      ),
    ).toHaveCount(0);
});

test("a region is a translucent area with a geographic size, not a pin", async ({
  page,
  dataset,
}) => {
  const region = dataset.places.find(
    (p) => (p.kind === "region" || p.kind === "admin") && p.mentions.length > 0,
  );
  test.skip(!region, "no region or admin area is mentioned");
  const widthAt = async (zoom: number) => {
    await page.goto(`./?map=${region!.lat},${region!.lon},${zoom}`);
    await waitForMap(page);
    const area = mapRegion(page).locator("path.place-area");
    await expect(area).toHaveCount(
      dataset.places.filter(
        (p) => (p.kind === "region" || p.kind === "admin") && p.mentions.length > 0,
      ).length,
    );
    return (await area.first().boundingBox())!.width;
  };
  const near = await widthAt(5);
  const far = await widthAt(4);
  // Zooming out one step halves it, as a real extent does; a pin would keep its pixel size.
  expect(near / far).toBeGreaterThan(1.8);
  expect(near / far).toBeLessThan(2.2);
  // The label, not the area, is what a click selects: the area takes no pointer events.
  await expect(mapRegion(page).locator("path.place-area").first()).not.toHaveClass(
    /leaflet-interactive/,
  );
  // Its name stays reachable: a label crowded out by its neighbours shows on keyboard focus.
  const marker = mapRegion(page).getByRole("button", { name: region!.name, exact: true });
  await marker.focus();
  await expect(marker.locator(".pm__area")).toBeVisible();
});
