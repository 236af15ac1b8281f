// Playback controls: play/pause, step back and forward, speed, window or cumulative, and where the
// playhead stands. Takes everything as props; the Playback container runs the clock.
import { formatDay } from "../data/calendar";
import { PLAYBACK_SPEEDS, PLAYBACK_WINDOWS, type PlaybackMode } from "../data/playback";
import "../styles/playback-bar.css";

interface Props {
  playhead: string | null;
  playing: boolean;
  mode: PlaybackMode;
  windowDays: number;
  speed: number;
  canStepBack: boolean;
  canStepForward: boolean;
  onPlayPause: () => void;
  onStep: (direction: 1 | -1) => void;
  onStop: () => void;
  onMode: (mode: PlaybackMode) => void;
  onWindow: (days: number) => void;
  onSpeed: (speed: number) => void;
}

// Icons are drawn, not glyphs: "⏮" and "⏭" are missing from many system fonts.
function StepIcon({ direction }: { direction: 1 | -1 }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
      style={direction === -1 ? { transform: "scaleX(-1)" } : undefined}
    >
      <path d="M3 2.5v11l7-5.5zM11 3h2.5v10H11z" fill="currentColor" />
    </svg>
  );
}

function positionText(playhead: string, mode: PlaybackMode, windowDays: number): string {
  if (mode === "cumulative") return `Up to ${formatDay(playhead)}`;
  return windowDays === 1 ? formatDay(playhead) : `${windowDays} days to ${formatDay(playhead)}`;
}

export function PlaybackBar(props: Props) {
  const { playhead, playing, mode } = props;
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button
        type="button"
        className="playback__button"
        aria-label="Previous step"
        disabled={!props.canStepBack}
        onClick={() => props.onStep(-1)}
      >
        <StepIcon direction={-1} />
      </button>
      <button
        type="button"
        className="playback__button playback__button--main"
        aria-label={playing ? "Pause" : "Play"}
        onClick={props.onPlayPause}
      >
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d={playing ? "M4 3h3v10H4zM9 3h3v10H9z" : "M4 2.5v11l9-5.5z"} fill="currentColor" />
        </svg>
      </button>
      <button
        type="button"
        className="playback__button"
        aria-label="Next step"
        disabled={!props.canStepForward}
        onClick={() => props.onStep(1)}
      >
        <StepIcon direction={1} />
      </button>
      <label className="playback__field">
        <span className="visually-hidden">Playback mode</span>
        <select value={mode} onChange={(e) => props.onMode(e.target.value as PlaybackMode)}>
          <option value="window">Moving window</option>
          <option value="cumulative">Cumulative</option>
        </select>
      </label>
      {mode === "window" && (
        <label className="playback__field">
          <span className="visually-hidden">Window</span>
          <select value={props.windowDays} onChange={(e) => props.onWindow(Number(e.target.value))}>
            {PLAYBACK_WINDOWS.map((days) => (
              <option key={days} value={days}>
                {days === 1 ? "1 day" : `${days} days`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="playback__field">
        <span className="visually-hidden">Speed</span>
        <select value={props.speed} onChange={(e) => props.onSpeed(Number(e.target.value))}>
          {PLAYBACK_SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
      {playhead !== null && (
        <>
          <span className="playback__position" data-testid="playback-position" aria-live="polite">
            {positionText(playhead, mode, props.windowDays)}
          </span>
          <button type="button" className="button button--quiet" onClick={props.onStop}>
            Stop playback
          </button>
        </>
      )}
    </div>
  );
}
