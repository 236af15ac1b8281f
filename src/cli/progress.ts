// Progress of a long extraction on a terminal: articles done of the total, rate, time left and
// how many came from the cache (and, with --queue, the queue's jobs waiting and running and this
// run's failed ones), redrawn in place at most ten times a second. The caller passes
// no `draw` when stderr is not a terminal (tests, CI, a pipe), and then nothing is shown.
import { performance } from "node:perf_hooks";

/** A job queue's state, as extractQueue.ts reports it. */
export interface QueueCounts {
  waiting: number;
  active: number;
  /** Jobs of this run that failed. */
  failed: number;
}

export interface ProgressFigures {
  done: number;
  total: number;
  cached: number;
  bytes: number;
  seconds: number;
  queue?: QueueCounts | null;
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function formatProgress(f: ProgressFigures): string {
  const perSecond = f.seconds > 0 ? f.done / f.seconds : 0;
  const mbPerSecond = f.seconds > 0 ? f.bytes / 1e6 / f.seconds : 0;
  const left = perSecond > 0 ? (f.total - f.done) / perSecond : Infinity;
  const jobs = f.queue
    ? `; jobs ${f.queue.waiting} waiting, ${f.queue.active} active, ${f.queue.failed} failed`
    : "";
  return (
    `extract: ${f.done}/${f.total} articles (${f.cached} cached), ` +
    `${perSecond.toFixed(1)} articles/s, ${mbPerSecond.toFixed(2)} MB/s, ${duration(left)} left${jobs}`
  );
}

const INTERVAL_MS = 100;

export class Progress {
  private done = 0;
  private cached = 0;
  private bytes = 0;
  private readonly started = performance.now();
  private drawn = -Infinity;
  private jobs: QueueCounts | null = null;

  constructor(
    private readonly total: number,
    private readonly draw?: (text: string) => void,
  ) {}

  tick(bytes: number, cached: boolean): void {
    this.done++;
    this.bytes += bytes;
    if (cached) this.cached++;
    this.redraw(false);
  }

  /** The job queue's latest counts; drawn at once, since no article may finish for a while. */
  queue(counts: QueueCounts): void {
    this.jobs = counts;
    this.redraw(true);
  }

  private redraw(now: boolean): void {
    const time = performance.now();
    if (!this.draw || (!now && time - this.drawn < INTERVAL_MS)) return;
    this.drawn = time;
    this.draw(
      formatProgress({
        done: this.done,
        total: this.total,
        cached: this.cached,
        bytes: this.bytes,
        seconds: (time - this.started) / 1000,
        queue: this.jobs,
      }),
    );
  }

  /** Clears the line, so what follows starts on a clean one. */
  end(): void {
    if (this.draw && this.drawn > -Infinity) this.draw("");
  }

  get cachedCount(): number {
    return this.cached;
  }
}
