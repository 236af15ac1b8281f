// Entry point for `npm run extract`. npm runs scripts from the package folder, so relative inputs
// are resolved against INIT_CWD, the folder the user ran npm in (CONTRACT.md).
import { fileURLToPath } from "node:url";
import { loadGazetteer } from "./loadGazetteer";
import { runExtract } from "./runExtract";
import { cleanUpOnSignals, terminalIO } from "./terminal";

cleanUpOnSignals();
const code = await runExtract(process.argv.slice(2), {
  baseDir: process.env.INIT_CWD ?? process.cwd(),
  projectDir: fileURLToPath(new URL("../..", import.meta.url)),
  ...terminalIO(),
  loadGazetteer,
});
process.exitCode = code;
