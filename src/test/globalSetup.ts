// Builds the gazetteer index once before the unit tests, so that parallel test files load the
// cached index instead of each building it at the same time on a fresh clone.
import { loadGazetteer } from "../cli/loadGazetteer";

export default async function setup(): Promise<void> {
  await loadGazetteer();
}
