// `npm start [-- DIR ...]`: extract the articles (seeds/ by default), build the app, serve the
// production build and print its URL. One command for a fresh machine.
import { build, preview } from "vite";
import { loadGazetteer } from "./loadGazetteer";
import { runExtract } from "./runExtract";

const baseDir = process.env.INIT_CWD ?? process.cwd();
const port = Number(process.env.PORT ?? 4173);
const stderr = (line: string) => process.stderr.write(`${line}\n`);
const stdout = (line: string) => process.stdout.write(`${line}\n`);

// The dataset always goes where the app reads it, whatever --out says.
const inputs = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const code = await runExtract(inputs, { baseDir, stderr, stdout, loadGazetteer });
if (code !== 0) {
  stderr("start: extraction failed; nothing to serve");
  process.exit(code);
}
await build({ logLevel: "warn" });
const server = await preview({ preview: { port, strictPort: true, host: "127.0.0.1" } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
stdout(`Dateline is running at ${url}  (Ctrl+C to stop)`);
