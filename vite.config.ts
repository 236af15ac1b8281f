import { createReadStream } from "node:fs";
import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";

// Content-Security-Policy of the built app. Scripts only from the app itself: no inline script,
// no eval (zod runs jitless for this). The dataset worker is a file of the build (no blob: URL),
// and worker-src falls back to script-src, so 'self' covers it. Styles allow 'unsafe-inline' because Leaflet positions map
// panes and marker icons with inline style attributes. Images may come from OpenStreetMap's tile
// servers, used only when the user switches online tiles on; nothing else leaves the machine.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

// Only the production build gets the policy as a meta tag: Vite's dev server injects inline
// scripts (hot reload) that a strict policy would block. frame-ancestors is header-only, so the
// meta copy leaves it out; the preview server sends the full header.
function contentSecurityPolicy(): Plugin {
  return {
    name: "dateline-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: {
          "http-equiv": "Content-Security-Policy",
          content: CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ""),
        },
        injectTo: "head-prepend",
      },
    ],
  };
}

// The dev server has no build output: it serves the cached gazetteer index as it is at the URL
// where the build puts the gzipped one (the import worker reads either), so adding articles works
// under `npm run dev` once the index has been built (any `npm run extract` builds it).
function gazetteerForDev(): Plugin {
  return {
    name: "dateline-gazetteer-dev",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/data/gazetteer.json.gz", (_req, res) => {
        const file = createReadStream(".cache/gazetteer.json");
        file.on("error", () => {
          res.statusCode = 404;
          res.end("no .cache/gazetteer.json: run npm run extract once");
        });
        file.once("open", () => res.setHeader("Content-Type", "application/json"));
        file.pipe(res);
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), gazetteerForDev()],
  // The dataset worker is an ES module (`new Worker(..., { type: "module" })`).
  worker: { format: "es" },
  // Relative base so the built app also works when opened from a sub-path.
  base: "./",
  build: { outDir: "dist", sourcemap: true },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    globalSetup: ["src/test/globalSetup.ts"],
    testTimeout: 60_000,
    // Loading the 16 MB gazetteer index in a hook takes seconds on a busy 2-core machine.
    hookTimeout: 120_000,
  },
});
