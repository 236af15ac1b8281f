// Bringing articles in without a terminal (issue 13): the header's toolbar (add files, paste
// text, open or download a dataset, the list of added articles), drag and drop on the whole page,
// the import's progress with a cancel button, and what could not be read, listed until dismissed.
import { useEffect, useRef, useState } from "react";
import { ARTICLE_EXTENSIONS } from "../../core/article";
import { DateDialog, PasteDialog } from "../components/ImportDialogs";
import {
  addFiles,
  addPasted,
  answerDate,
  cancelImport,
  downloadDataset,
  openDataset,
  removeArticle,
} from "../import/importController";
import { useDatelineStore } from "../store";
import type { ImportProgress } from "../store/importSlice";
import "../styles/import.css";

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function progressText(p: ImportProgress): string {
  if (p.phase === "gazetteer")
    return p.total
      ? `Loading the place index: ${mb(Math.min(p.loaded, p.total))} of ${mb(p.total)} MB`
      : `Loading the place index: ${mb(p.loaded)} MB`;
  const current = p.current ? `: ${p.current}` : "";
  return `Extracting ${Math.min(p.done + 1, p.total)} of ${p.total}${current}`;
}

function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const [max, value] =
    progress.phase === "gazetteer"
      ? [
          progress.total ?? undefined,
          progress.total ? Math.min(progress.loaded, progress.total) : undefined,
        ]
      : [progress.total, progress.done];
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={max} value={value} aria-label="Import progress" />
      <span role="status">{progressText(progress)}</span>
      <button type="button" className="button button--small" onClick={cancelImport}>
        Cancel
      </button>
    </div>
  );
}

function Notices() {
  const notices = useDatelineStore((s) => s.notices);
  const dismiss = useDatelineStore((s) => s.noticeDismissed);
  if (notices.length === 0) return null;
  return (
    <ul className="import-notices" aria-label="Files not added">
      {notices.map((n) => (
        <li key={n.id} className="import-notice" data-testid="import-notice">
          <span>{n.text}</span>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Dismiss: ${n.text}`}
            onClick={() => dismiss(n.id)}
          >
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}

function AddedList() {
  const added = useDatelineStore((s) => s.added);
  if (added.length === 0) return null;
  return (
    <details className="import-added">
      <summary className="button button--small">Added ({added.length})</summary>
      <ul className="import-added__list" aria-label="Added articles">
        {added.map((a) => (
          <li key={a.id} className="import-added__item" data-testid="added-article">
            <span className="import-added__title">{a.title}</span>
            <span className="import-added__meta">
              {a.path} · {a.published ? a.published.slice(0, 10) : "undated"}
            </span>
            <button
              type="button"
              className="button button--small"
              aria-label={`Remove ${a.title}`}
              onClick={() => void removeArticle(a.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Files dropped anywhere on the page are added; the overlay says so while they are held over. */
function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a counter tells when the page is left.
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const dragOver = (e: DragEvent) => {
      // Without this the browser opens the file in place of the app.
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      void addFiles([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", dragOver);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", dragOver);
      window.removeEventListener("drop", drop);
    };
  }, []);
  return over;
}

export function ImportControls() {
  const files = useRef<HTMLInputElement>(null);
  const datasetFile = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const progress = useDatelineStore((s) => s.importProgress);
  const question = useDatelineStore((s) => s.dateQuestion);
  const dropping = useFileDrop();
  return (
    <div className="import">
      <div className="import-toolbar" role="group" aria-label="Your articles">
        <button
          type="button"
          className="button button--small"
          onClick={() => files.current?.click()}
        >
          Add articles
        </button>
        <input
          ref={files}
          type="file"
          multiple
          hidden
          accept={ARTICLE_EXTENSIONS.join(",")}
          data-testid="add-articles-input"
          onChange={(e) => {
            void addFiles([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
        <button type="button" className="button button--small" onClick={() => setPasting(true)}>
          Paste text
        </button>
        <AddedList />
        <button
          type="button"
          className="button button--small"
          onClick={() => datasetFile.current?.click()}
        >
          Open dataset
        </button>
        <input
          ref={datasetFile}
          type="file"
          hidden
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openDataset(file);
            e.target.value = "";
          }}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => void downloadDataset()}
        >
          Download dataset
        </button>
      </div>
      {progress && <ImportProgressBar progress={progress} />}
      <Notices />
      <PasteDialog
        open={pasting}
        onClose={() => setPasting(false)}
        onSubmit={(fields) => {
          setPasting(false);
          void addPasted(fields);
        }}
      />
      <DateDialog question={question} onAnswer={answerDate} />
      {dropping && (
        <div className="import-drop" aria-hidden="true">
          Drop .txt, .md or .html files to add them
        </div>
      )}
    </div>
  );
}
