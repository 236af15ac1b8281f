// Bringing articles in without a terminal (issue 13), in real Chromium against the production
// build: files through the picker, a publication date asked for and answered, persistence across
// a reload, removal, the downloaded dataset against `npm run extract` on the same files, a binary
// file's one-line reason, and the built app served from a sub-path. The articles are written for
// this test.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import type { Dataset, DatelineEvent } from "../src/core/contract";
import { startServer } from "../src/cli/bench/server";
import { deriveToFolder } from "../src/cli/derive";
import { extractArticles } from "./extractArticles";
import { drawnPlaceIds, expect, test, timelineEvents } from "./fixtures";
import { idsOf, shownEventIds } from "./timelineList";

const DATED = {
  name: "ferry-strike.md",
  content: [
    "---",
    "title: Ferry strike halts crossings",
    "published: 2024-03-12",
    "---",
    "# Ferry strike halts crossings",
    "",
    "Ferry crews in Lisbon walked out on Monday, halting crossings to Barreiro for the whole day.",
    "",
    "The union said talks with the operator in Porto had broken down on March 8.",
    "",
    "A second stoppage is planned for March 19 if no deal is reached.",
    "",
  ].join("\n"),
};

const UNDATED = {
  name: "beach-cleanup.txt",
  content: [
    "Volunteers clear beaches after the storm",
    "",
    "Volunteers gathered in Valencia on Saturday to clear debris left by the storm.",
    "The regional government said last week that crews from Alicante would help.",
    "Fishing boats stayed in the harbour at Gandia on Sunday.",
    "",
  ].join("\n"),
};
const ENTERED = "2024-05-17";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const asFile = (a: { name: string; content: string }) => ({
  name: a.name,
  mimeType: "text/plain",
  buffer: Buffer.from(a.content),
});

type Upload = { name: string; mimeType: string; buffer: Buffer };

async function pickFiles(
  page: Page,
  files: { name: string; content: string }[],
  extra: Upload[] = [],
) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Add articles" }).click();
  await (await chooser).setFiles([...files.map(asFile), ...extra]);
}

const addedArticles = (page: Page) => page.getByTestId("added-article");

async function openAddedList(page: Page) {
  const list = page.getByRole("list", { name: "Added articles" });
  if (!(await list.isVisible())) await page.getByText(/^Added \(\d+\)$/).click();
  return list;
}

/** What must match between the app and the CLI: events and place mentions of one article, with
 * ids, document ids and paths left out (they differ by design) and stories too (their ids hash
 * event ids, and the app's corpus holds more articles to group with). */
function findingsOf(dataset: Dataset, fileName: string) {
  const doc = dataset.documents.find((d) => d.path.endsWith(`/${fileName}`));
  if (!doc) throw new Error(`no document for ${fileName}`);
  const event = ({
    id: _id,
    doc: _doc,
    story: _story,
    date,
    occurrences,
    ...rest
  }: DatelineEvent) => ({
    ...rest,
    date: { ...date, span: { start: date.span.start, end: date.span.end } },
    occurrences: occurrences?.map((o) => [o.start, o.end]),
  });
  return {
    published: doc.published,
    text: doc.text,
    events: dataset.events
      .filter((e) => e.doc === doc.id)
      .map(event)
      .sort((a, b) => a.start - b.start || (a.date.start < b.date.start ? -1 : 1)),
    places: dataset.places
      .map(({ mentions, ...place }) => ({
        ...place,
        mentions: mentions.filter((m) => m.doc === doc.id).map((m) => [m.start, m.end, m.via]),
      }))
      .filter((p) => p.mentions.length > 0),
  };
}

test("articles added through the picker are extracted as the CLI does, kept, and removable", async ({
  page,
  dataset,
}) => {
  test.setTimeout(120_000);
  // The import (a worker, the gzipped index, IndexedDB, a download) runs under the build's policy.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("./");
  await expect(timelineEvents(page).first()).toBeVisible();

  await pickFiles(
    page,
    [DATED, UNDATED],
    [{ name: "scan.txt", mimeType: "text/plain", buffer: PNG }],
  );

  // The undated article asks for its date; the other needs none.
  const dialog = page.getByRole("dialog", { name: "When was this published?" });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toContainText("Volunteers clear beaches after the storm");
  await dialog.getByLabel("Publication date").fill(ENTERED);
  await dialog.getByRole("button", { name: "Use this date" }).click();

  // The binary file gets the CLI's reason and stays listed; the other two load.
  const notice = page.getByTestId("import-notice");
  await expect(notice).toHaveText(/scan\.txt: binary file \(PNG image\)/);
  await expect(page.getByTestId("import-progress")).toBeHidden({ timeout: 60_000 });
  await expect(addedArticles(page)).toHaveCount(2);

  // What the CLI gives on the same files, the undated one with the same date as --published.
  const cli = JSON.parse(
    await extractArticles([DATED, UNDATED], ["--published", ENTERED]),
  ) as Dataset;
  const cliDated = findingsOf(cli, DATED.name);
  const cliUndated = findingsOf(cli, UNDATED.name);
  expect(cliDated.events.length).toBeGreaterThan(0);
  expect(cliUndated.events.length).toBeGreaterThan(0);
  expect(cliUndated.published).toBe(ENTERED);

  const total = dataset.events.length + cliDated.events.length + cliUndated.events.length;
  await expect(page.getByTestId("summary")).toContainText(`${total} events`);

  // The downloaded dataset: schema 1, the served corpus plus the two, each as the CLI has it.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download dataset" }).click();
  const file = await (await download).path();
  const downloaded = JSON.parse(await readFile(file, "utf8")) as Dataset;
  expect(downloaded.schemaVersion).toBe(1);
  expect(downloaded.documents.map((d) => d.path).sort()).toEqual(
    [
      ...dataset.documents.map((d) => d.path),
      `browser/${DATED.name}`,
      `browser/${UNDATED.name}`,
    ].sort(),
  );
  const undatedDoc = downloaded.documents.find((d) => d.path === `browser/${UNDATED.name}`);
  expect(undatedDoc?.publishedSource).toBe("entered");
  expect(findingsOf(downloaded, DATED.name)).toEqual(cliDated);
  expect(findingsOf(downloaded, UNDATED.name)).toEqual(cliUndated);
  // The CLI's reader (what `npm run derive` and the build use) takes it as it is.
  const derivedDir = await mkdtemp(join(tmpdir(), "dateline-import-"));
  try {
    expect(await deriveToFolder(file, derivedDir)).toMatchObject({
      error: null,
      documents: downloaded.documents.length,
      events: downloaded.events.length,
    });
  } finally {
    await rm(derivedDir, { recursive: true, force: true });
  }

  // The page shows that corpus: every event in the timeline, the new places on the map.
  await expect.poll(() => shownEventIds(page)).toEqual(idsOf(downloaded.events));
  const added = new Set(
    downloaded.documents.filter((d) => d.path.startsWith("browser/")).map((d) => d.id),
  );
  const newPlaces = downloaded.places
    .filter((p) => p.kind !== "continent" && p.mentions.some((m) => added.has(m.doc)))
    .map((p) => p.id);
  expect(newPlaces.length).toBeGreaterThan(0);
  const drawn = await drawnPlaceIds(page);
  expect(newPlaces.filter((id) => !drawn.includes(id))).toEqual([]);

  // A reload keeps them.
  await page.reload();
  await expect(page.getByTestId("summary")).toContainText(`${total} events`);
  await expect(addedArticles(page)).toHaveCount(2);

  // Removing one takes its events away, for good.
  const list = await openAddedList(page);
  await list
    .getByRole("button", { name: "Remove Volunteers clear beaches after the storm" })
    .click();
  const left = dataset.events.length + cliDated.events.length;
  await expect(page.getByTestId("summary")).toContainText(`${left} events`);
  await page.reload();
  await expect(page.getByTestId("summary")).toContainText(`${left} events`);
  await expect(addedArticles(page)).toHaveCount(1);
  expect(violations).toEqual([]);
});

test("a reason stays listed until dismissed; Skip leaves an article undated; pasted text", async ({
  page,
  dataset,
}) => {
  test.setTimeout(120_000);
  await page.goto("./");
  await expect(timelineEvents(page).first()).toBeVisible();
  await pickFiles(
    page,
    [UNDATED],
    [{ name: "empty.md", mimeType: "text/plain", buffer: Buffer.alloc(0) }],
  );
  const dialog = page.getByRole("dialog", { name: "When was this published?" });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole("button", { name: "Skip" }).click();
  await expect(addedArticles(page)).toHaveCount(1);
  const notice = page.getByTestId("import-notice");
  await expect(notice).toHaveText(/empty\.md: empty file/);
  // Relative dates stay unresolved, so the article dates no event.
  await expect(page.getByTestId("summary")).toContainText(`${dataset.events.length} events`);
  await page.getByRole("button", { name: /^Dismiss: empty\.md/ }).click();
  await expect(notice).toHaveCount(0);

  // Pasted text with a typed date: the date resolves its relative dates, no question asked, and
  // the pasted markup stays text.
  const cli = JSON.parse(
    await extractArticles(
      [{ name: "pasted.txt", content: UNDATED.content }],
      ["--published", ENTERED],
    ),
  ) as Dataset;
  await page.getByRole("button", { name: "Paste text" }).click();
  const paste = page.getByRole("dialog", { name: "Paste an article" });
  await paste.getByLabel("Title").fill("Beach clean-up <b>report</b>");
  await paste.getByLabel("Publication date").fill(ENTERED);
  await paste.getByLabel("URL").fill("https://example.org/cleanup");
  await paste.getByLabel("Text").fill(UNDATED.content);
  await paste.getByRole("button", { name: "Add" }).click();
  await expect(addedArticles(page)).toHaveCount(2);
  await expect(page.getByTestId("summary")).toContainText(
    `${dataset.events.length + cli.events.length} events`,
  );
  await expect(addedArticles(page).nth(1)).toContainText("Beach clean-up <b>report</b>");
  await expect(addedArticles(page).nth(1)).toContainText(
    `browser/beach-clean-up-b-report-b.txt · ${ENTERED}`,
  );
  expect(await page.locator("b", { hasText: "report" }).count()).toBe(0);
});

test("the built app works from a sub-path of a plain static host, dropped articles too", async ({
  page,
  dataset,
}) => {
  test.setTimeout(120_000);
  const cli = JSON.parse(await extractArticles([DATED])) as Dataset;
  const dist = join(process.cwd(), "dist");
  const server = await startServer(dist, "/newsroom/dateline/");
  server.setDataDir(join(dist, "data"));
  try {
    await page.goto(server.url);
    await expect(timelineEvents(page).first()).toBeVisible();
    // Dropped on the page this time, as a reader would drag it from a folder.
    await page.evaluate(({ name, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: "text/markdown" }));
      for (const type of ["dragenter", "dragover", "drop"])
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
    }, DATED);
    await expect(addedArticles(page)).toHaveCount(1, { timeout: 60_000 });
    const total = dataset.events.length + cli.events.length;
    await expect(page.getByTestId("summary")).toContainText(`${total} events`);
  } finally {
    await server.close();
  }
});

test("with no dataset served, the empty page opens a dataset file and takes articles; Cancel stops", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.route("**/data/derived/**", (route) => route.fulfill({ status: 404, body: "" }));
  await page.route("**/data/dataset.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Nothing to map yet" })).toBeVisible();

  const open = async (name: string, body: string) => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open dataset" }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(body) });
  };
  await open("notes.json", "{ not json");
  await expect(page.getByTestId("import-notice")).toHaveText(/^notes\.json: not valid JSON/);
  await open("other.json", JSON.stringify({ schemaVersion: 2 }));
  await expect(page.getByTestId("import-notice").nth(1)).toHaveText(
    /^other\.json: not a Dateline dataset \(schema 1\)/,
  );

  const body = await extractArticles([DATED]);
  const cli = JSON.parse(body) as Dataset;
  await open("ferry.json", body);
  await expect(page.getByTestId("summary")).toContainText(`${cli.events.length} events`);
  await expect(page.getByTestId("summary")).toContainText("1 article");

  // Many articles, cancelled at once: what was done stays (and is kept), the rest is not added.
  const many = Array.from({ length: 40 }, (_, i) => ({
    name: `note-${i}.txt`,
    content: `Note ${i}\n\nThe ferry to Barreiro ran late on March ${(i % 27) + 1}, 2024.\n`,
  }));
  await pickFiles(page, many);
  await page.getByTestId("import-progress").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("import-progress")).toBeHidden({ timeout: 60_000 });
  const kept = await addedArticles(page).count();
  expect(kept).toBeLessThan(many.length);
  await page.reload();
  // The opened file was for this visit only; the added articles were kept.
  if (kept > 0) await expect(page.getByTestId("summary")).toContainText(`${kept} article`);
  else await expect(page.getByRole("heading", { name: "Nothing to map yet" })).toBeVisible();
  await expect(addedArticles(page)).toHaveCount(kept);
});
