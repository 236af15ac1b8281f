// Full-page states shown instead of the workspace.
import { ImportControls } from "../containers/ImportControls";
import type { LoadProgress } from "../store/dataSlice";
import "../styles/status-screens.css";

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <div className="status-page">
      <div className="status-card">
        <p className="brand brand--large">Dateline</p>
        {children}
      </div>
    </div>
  );
}

const count = new Intl.NumberFormat("en");

/** "40,000 of 100,000 events · 25,000 a second · about 2 s left", or less while it is not known. */
export function loadProgressText(progress: LoadProgress, now: number): string {
  const { events, total, startedAt } = progress;
  const parts = [
    total === null
      ? `${count.format(events)} events`
      : `${count.format(events)} of ${count.format(total)} events`,
  ];
  const seconds = (now - startedAt) / 1000;
  if (seconds > 0.5 && events > 0) {
    const rate = events / seconds;
    parts.push(`${count.format(Math.round(rate))} a second`);
    if (total !== null && total > events)
      parts.push(`about ${Math.ceil((total - events) / rate)} s left`);
  }
  return parts.join(" · ");
}

export function LoadingScreen({ progress }: { progress: LoadProgress | null }) {
  return (
    <Shell>
      <p className="status-text" role="status">
        Loading the dataset…
      </p>
      {progress && (
        <>
          {progress.total !== null && (
            <progress
              className="status-progress"
              max={progress.total}
              value={progress.events}
              aria-label="Events loaded"
            />
          )}
          <p className="status-text status-text--small" data-testid="load-progress">
            {loadProgressText(progress, performance.now())}
          </p>
        </>
      )}
    </Shell>
  );
}

export function ErrorScreen({
  title,
  problems,
  hint,
}: {
  title: string;
  problems: string[];
  hint: string | null;
}) {
  return (
    <Shell>
      <div role="alert">
        <h1 className="status-title">{title}</h1>
        {hint && <pre className="status-command">{hint}</pre>}
        {problems.length > 0 && (
          <ul className="status-problems">
            {problems.map((problem, i) => (
              <li key={i}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Shell>
  );
}

export function EmptyState({ documentCount }: { documentCount: number }) {
  return (
    <Shell>
      <h1 className="status-title">Nothing to map yet</h1>
      <p className="status-text">
        {documentCount === 0
          ? "The dataset holds no articles."
          : `The dataset holds ${documentCount} article${documentCount === 1 ? "" : "s"}, but no dated events or places were found in them.`}
      </p>
      <p className="status-text">
        Point the extractor at a folder of news articles (.txt, .md or .html) and reload:
      </p>
      <pre className="status-command">npm run extract -- path/to/articles</pre>
      <p className="status-text">Or add articles here; nothing leaves this machine:</p>
      <div className="status-import">
        <ImportControls />
      </div>
      <p className="status-hint">
        Each article may start with front matter (<code>published</code>, <code>title</code>,{" "}
        <code>url</code>) so relative dates like “last Thursday” resolve to the calendar.
      </p>
    </Shell>
  );
}
