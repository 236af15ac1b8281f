// The CLI's output streams. On a terminal, stderr also carries the progress line, redrawn in place;
// a message clears it first so that the two never share a line. Off a terminal (a pipe, a test,
// CI) there is no progress line at all.
import { removeUnfinished } from "./atomicWrite";
import type { ExtractIO } from "./runExtract";

export function terminalIO(): Pick<ExtractIO, "stderr" | "stdout" | "status"> {
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write("\r\x1b[K");
    shown = false;
  };
  return {
    stderr: (line) => {
      clear();
      process.stderr.write(`${line}\n`);
    },
    stdout: (line) => {
      clear();
      process.stdout.write(`${line}\n`);
    },
    status: process.stderr.isTTY
      ? (text) => {
          process.stderr.write(`\r${text}\x1b[K`);
          shown = text !== "";
        }
      : undefined,
  };
}

/** On Ctrl+C or a kill, removes the half-written output before exiting, as a failed write does. */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      removeUnfinished();
      process.exit(code);
    });
  }
}
