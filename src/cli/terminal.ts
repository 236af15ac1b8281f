// The CLI's output streams. On a terminal, stderr also carries the progress line, redrawn in place;
// a message clears it first so that the two never share a line. Off a terminal (a pipe, a test,
// CI) there is no progress line at all.
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
