// Entry point for `npm run worker`: see runWorker.ts. A relative --results is taken from the
// folder the user ran npm in (INIT_CWD), as extract's paths are. Ctrl+C or a TERM signal stops it after the
// jobs in hand are done; a second one ends it at once (its jobs then stall and go to another).
import { runWorker } from "./runWorker";

const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  });
}
const code = await runWorker(process.argv.slice(2), {
  baseDir: process.env.INIT_CWD ?? process.cwd(),
  stderr: (line) => process.stderr.write(`${line}\n`),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stop: stop.signal,
});
// Whatever a library may still hold open, the worker is done.
process.exit(code);
