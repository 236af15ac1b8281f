import type { StateCreator } from "zustand";
import type { ISODate } from "../../core/contract";
import { DEFAULT_WINDOW_DAYS, type PlaybackMode } from "../data/playback";
import type { DatelineState } from "./index";

export interface PlaybackSlice {
  /** Where playback stands; null when not playing back (everything the filters leave shows). */
  playhead: ISODate | null;
  playing: boolean;
  playbackMode: PlaybackMode;
  windowDays: number;
  /** Steps per second. */
  speed: number;
  setPlayhead: (playhead: ISODate | null) => void;
  setPlaying: (playing: boolean) => void;
  setPlaybackMode: (mode: PlaybackMode) => void;
  setWindowDays: (days: number) => void;
  setSpeed: (speed: number) => void;
  stopPlayback: () => void;
}

export const createPlaybackSlice: StateCreator<DatelineState, [], [], PlaybackSlice> = (set) => ({
  playhead: null,
  playing: false,
  playbackMode: "window",
  windowDays: DEFAULT_WINDOW_DAYS,
  speed: 1,
  setPlayhead: (playhead) => set({ playhead }),
  setPlaying: (playing) => set({ playing }),
  setPlaybackMode: (playbackMode) => set({ playbackMode }),
  setWindowDays: (windowDays) => set({ windowDays }),
  setSpeed: (speed) => set({ speed }),
  stopPlayback: () => set({ playhead: null, playing: false }),
});
