"use client";

import { useSyncExternalStore } from "react";

// A shared ticking clock for components that show or depend on the time (exam countdown, what is
// due). Reading Date.now() during render would make renders impure; a subscribed snapshot keeps
// them pure and re-renders on each tick. Before hydration the time is 0: callers treat that as
// "not known yet" (static HTML is rendered at build time, when "now" means nothing).

type Clock = { subscribe: (onChange: () => void) => () => void; read: () => number };

const clocks = new Map<number, Clock>();

function clockEvery(ms: number): Clock {
  let value = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) {
        value = Date.now();
        timer = setInterval(() => {
          value = Date.now();
          listeners.forEach((l) => l());
        }, ms);
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) clearInterval(timer);
      };
    },
    read: () => value,
  };
}

/** The current time in epoch ms, updated every `everyMs`; 0 until mounted in the browser. */
export function useNow(everyMs = 1000): number {
  let clock = clocks.get(everyMs);
  if (!clock) {
    clock = clockEvery(everyMs);
    clocks.set(everyMs, clock);
  }
  return useSyncExternalStore(clock.subscribe, clock.read, () => 0);
}
