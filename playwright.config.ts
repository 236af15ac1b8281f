import fs from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

// Playwright's own Chromium when it has been downloaded, else the system one (Debian's package):
// this machine, like CI, cannot download browsers.
function browserPath(): string | undefined {
  try {
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return undefined;
  } catch {
    // executablePath() throws when no browser is registered; fall through to the system one.
  }
  return "/usr/bin/chromium";
}

// E2E_PORT lets several checkouts run their browser tests side by side without one reusing
// another's server.
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: "e2e",
  // One worker: a 2-core machine runs the built app's server and one Chromium comfortably; two
  // Chromiums drawing the world map at once make timings flaky there.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: browserPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // A production build on a port of its own, so a dev server left running cannot answer instead.
    command: `npm run extract && npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
