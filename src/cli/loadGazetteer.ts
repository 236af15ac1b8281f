// Loads the offline gazetteer for the CLI and the evaluations, building it first when the cached
// index is missing or was built from other package versions or tables (so a fresh clone after
// `npm ci` just works, offline). Prints nothing on stdout; one stderr line when it builds.
import { readFile } from "node:fs/promises";
import { Gazetteer, type GazetteerIndex } from "../core/places/gazetteer";
import {
  GAZETTEER_PATH,
  cachedSource,
  gazetteerSource,
  writeGazetteerIndex,
} from "./buildGazetteer";

let loaded: Promise<Gazetteer> | undefined;

/** Builds the cached index when it is missing or stale, without loading it. The extraction pool
 * calls this before starting its workers, so that they do not each build it at once. */
export async function ensureGazetteerIndex(path = GAZETTEER_PATH): Promise<void> {
  if ((await cachedSource(path)) !== gazetteerSource()) {
    const t0 = performance.now();
    const bytes = await writeGazetteerIndex(path);
    const ms = Math.round(performance.now() - t0);
    console.error(`gazetteer: built ${path} (${(bytes / 1e6).toFixed(1)} MB) in ${ms} ms`);
  }
}

async function load(path: string): Promise<Gazetteer> {
  await ensureGazetteerIndex(path);
  const index = JSON.parse(await readFile(path, "utf8")) as GazetteerIndex;
  return new Gazetteer(index);
}

/** The gazetteer, loaded once per process. */
export function loadGazetteer(path = GAZETTEER_PATH): Promise<Gazetteer> {
  loaded ??= load(path);
  return loaded;
}
