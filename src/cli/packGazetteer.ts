// `npm run build`'s last step: the gazetteer index, gzipped, into dist/data/ for the app's import
// worker. Precompressed because plain static hosts (an intranet folder, a file share behind a web
// server) do not compress on the fly: 13 MB raw would be 13 MB over the wire, gzipped it is about
// 4 MB, and the browser inflates it with DecompressionStream.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { GAZETTEER_URL } from "../app/data/derivedFormat";
import { GAZETTEER_PATH } from "./buildGazetteer";
import { ensureGazetteerIndex } from "./loadGazetteer";

const projectDir = fileURLToPath(new URL("../..", import.meta.url));

export async function packGazetteer(outDir = join(projectDir, "dist")): Promise<string> {
  await ensureGazetteerIndex();
  const raw = await readFile(GAZETTEER_PATH);
  const packed = await promisify(gzip)(raw, { level: constants.Z_BEST_COMPRESSION });
  const out = join(outDir, GAZETTEER_URL);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, packed);
  const mb = (n: number) => (n / 1e6).toFixed(1);
  return `gazetteer: ${mb(raw.length)} MB -> ${mb(packed.length)} MB gzipped -> ${out}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.stdout.write(`${await packGazetteer()}\n`);
}
