import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Leaflet's stylesheet is bundled, not linked from a CDN: the app makes no request off the machine.
import "leaflet/dist/leaflet.css";
import "./styles/tokens.css";
import "./styles/base.css";
import { App } from "./App";
import { applyUrlToStore, startUrlSync } from "./store/urlSync";
import { loadDataset } from "./data/loadDataset";
import { restoreAddedArticles } from "./import/importController";

applyUrlToStore(window.location.search);
startUrlSync();
// Articles added in an earlier visit join the corpus once it has loaded.
void loadDataset().then(restoreAddedArticles);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
