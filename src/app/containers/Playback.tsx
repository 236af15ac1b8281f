import { useEffect } from "react";
import type { ISODate } from "../../core/contract";
import { stepFrom } from "../data/playback";
import { useDatelineStore } from "../store";
import { PlaybackBar } from "../components/PlaybackBar";

/** Runs the playback clock: one step per tick while playing, pausing at the last stop. */
export function Playback({ stops }: { stops: readonly ISODate[] }) {
  const playhead = useDatelineStore((s) => s.playhead);
  const playing = useDatelineStore((s) => s.playing);
  const mode = useDatelineStore((s) => s.playbackMode);
  const windowDays = useDatelineStore((s) => s.windowDays);
  const speed = useDatelineStore((s) => s.speed);
  const setPlayhead = useDatelineStore((s) => s.setPlayhead);
  const setPlaying = useDatelineStore((s) => s.setPlaying);
  const setPlaybackMode = useDatelineStore((s) => s.setPlaybackMode);
  const setWindowDays = useDatelineStore((s) => s.setWindowDays);
  const setSpeed = useDatelineStore((s) => s.setSpeed);
  const stopPlayback = useDatelineStore((s) => s.stopPlayback);

  // One timeout per position: a new playhead (from a tick, a step or a link) restarts the wait.
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = stepFrom(stops, playhead, 1);
      if (next === null) setPlaying(false);
      else setPlayhead(next);
    }, 1000 / speed);
    return () => window.clearTimeout(timer);
  }, [playing, playhead, stops, speed, setPlayhead, setPlaying]);

  if (stops.length === 0) return null;
  const atEnd = playhead !== null && stepFrom(stops, playhead, 1) === null;
  return (
    <PlaybackBar
      playhead={playhead}
      playing={playing}
      mode={mode}
      windowDays={windowDays}
      speed={speed}
      canStepBack={stepFrom(stops, playhead, -1) !== null && playhead !== null}
      canStepForward={!atEnd}
      onPlayPause={() => {
        if (playing) return setPlaying(false);
        // Play from the start when not yet started or already at the end.
        if (playhead === null || atEnd) setPlayhead(stops[0] ?? null);
        setPlaying(true);
      }}
      onStep={(direction) => {
        setPlaying(false);
        const next = stepFrom(stops, playhead, direction);
        if (next !== null) setPlayhead(next);
      }}
      onStop={stopPlayback}
      onMode={setPlaybackMode}
      onWindow={setWindowDays}
      onSpeed={setSpeed}
    />
  );
}
