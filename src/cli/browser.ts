// How the browser tests and the app benchmark start Chromium, in one place.
import fs from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

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

/** Headless, no sandbox (CI runs as root), and nothing that would reach off the machine. */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: browserPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  };
}
