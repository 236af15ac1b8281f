// Atomic replacement of a file: write a temp file in the same folder, then rename it over the
// target. A reader (or a crash) never sees half a file, and on failure the old file stays as it
// was and the temp file is removed (CONTRACT.md).
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes beside the target and renames over it, so a reader never sees half a file. */
export async function writeAtomically(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data, "utf8");
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
