// Progress of a long extraction on a terminal: articles done of the total, rate, time left and
// how many came from the cache, redrawn in place at most ten times a second. The caller passes
// no `draw` when stderr is not a terminal (tests, CI, a pipe), and then nothing is shown.
import { performance } from "node:perf_hooks";

export interface ProgressFigures {
  done: number;
  total: number;
  cached: number;
  bytes: number;
  seconds: number;
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
  return (
    `extract: ${f.done}/${f.total} articles (${f.cached} cached), ` +
    `${perSecond.toFixed(1)} articles/s, ${mbPerSecond.toFixed(2)} MB/s, ${duration(left)} left`
  );
}

const INTERVAL_MS = 100;

export class Progress {
  private done = 0;
  private cached = 0;
  private bytes = 0;
  private readonly started = performance.now();
  private drawn = -Infinity;

  constructor(
    private readonly total: number,
    private readonly draw?: (text: string) => void,
  ) {}

  tick(bytes: number, cached: boolean): void {
    this.done++;
    this.bytes += bytes;
    if (cached) this.cached++;
    const now = performance.now();
    if (!this.draw || now - this.drawn < INTERVAL_MS) return;
    this.drawn = now;
    this.draw(
      formatProgress({
        done: this.done,
        total: this.total,
        cached: this.cached,
        bytes: this.bytes,
        seconds: (now - this.started) / 1000,
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
