import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./src/cli/browser";

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
        launchOptions: chromiumLaunchOptions(),
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
