// Fetches and validates the extractor's output. The URL is relative so the built app works from
// any sub-path (vite `base: "./"`).
import { useDatelineStore } from "../store";
import { parseDataset } from "./datasetSchema";

export const DATASET_URL = "./data/dataset.json";

export async function loadDataset(): Promise<void> {
  const { datasetLoaded, datasetFailed } = useDatelineStore.getState();
  let response: Response;
  try {
    response = await fetch(DATASET_URL, { cache: "no-cache" });
  } catch (error) {
    datasetFailed("The dataset could not be fetched.", [String(error)]);
    return;
  }
  if (response.status === 404) {
    datasetFailed(
      "No dataset yet. Write public/data/dataset.json with the extractor, then reload:",
      [],
      "npm run extract -- path/to/articles",
    );
    return;
  }
  if (!response.ok) {
    datasetFailed(`The dataset could not be fetched (HTTP ${response.status}).`);
    return;
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    datasetFailed("dataset.json is not valid JSON.", [String(error)]);
    return;
  }
  const result = parseDataset(json);
  if (!result.ok) {
    datasetFailed(
      "dataset.json does not match the Dateline format (schema 1). Regenerate it with the extractor:",
      result.problems,
      "npm run extract -- path/to/articles",
    );
    return;
  }
  // Selections restored from a link may name things this dataset no longer has.
  const { selectedPlaceId, selectedEventId } = useDatelineStore.getState();
  const { places, events } = result.dataset;
  useDatelineStore.setState({
    selectedPlaceId: places.some((p) => p.id === selectedPlaceId) ? selectedPlaceId : null,
    selectedEventId: events.some((e) => e.id === selectedEventId) ? selectedEventId : null,
  });
  datasetLoaded(result.dataset);
}
