// `npm start [-- DIR ...]`: extract the articles (seeds/ by default), build the app, serve the
// production build and print its URL. One command for a fresh machine.
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { deriveForBuild } from "./derive";
import { loadGazetteer } from "./loadGazetteer";
import { runExtract } from "./runExtract";
import { cleanUpOnSignals, terminalIO } from "./terminal";

const baseDir = process.env.INIT_CWD ?? process.cwd();
// Vite builds from the project folder, wherever npm was run from.
const projectDir = fileURLToPath(new URL("../..", import.meta.url));
const port = Number(process.env.PORT ?? 4173);
const io = terminalIO();
cleanUpOnSignals();
const { stderr, stdout } = io;

// The dataset always goes where the app reads it: an --out (and its value) is dropped with a note.
const args = process.argv.slice(2);
const inputs = args.filter((a, i) => !a.startsWith("--out") && args[i - 1] !== "--out");
if (inputs.length !== args.length)
  stderr("start: --out ignored; the app reads public/data/dataset.json");
const code = await runExtract(inputs, { baseDir, projectDir, ...io, loadGazetteer });
if (code !== 0) {
  stderr("start: extraction failed; nothing to serve");
  process.exit(code);
}
await build({ root: projectDir, logLevel: "warn" });
// The same derive step as `npm run build`: the app loads these files first.
const derived = await deriveForBuild();
if (derived?.error)
  stderr(`start: the dataset is not usable, the app will say why: ${derived.error}`);
const server = await preview({
  root: projectDir,
  preview: { port, strictPort: true, host: "127.0.0.1" },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
stdout(`Dateline is running at ${url}  (Ctrl+C to stop)`);
