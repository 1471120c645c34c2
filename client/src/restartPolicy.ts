// When to restart a crashed language server: with back-off, and not at all after too many
// crashes in a short time (then the user is told and can restart it by hand).

export const MAX_RESTARTS = 5;
export const WINDOW_MS = 3 * 60 * 1000;

export interface RestartDecision {
  /** Crash times still inside the window, this one included. */
  crashes: number[];
  /** Milliseconds to wait before restarting, or undefined to give up. */
  delayMs?: number;
}

export function onCrash(previous: number[], now: number): RestartDecision {
  const crashes = [...previous.filter((t) => now - t < WINDOW_MS), now];
  if (crashes.length > MAX_RESTARTS) return { crashes };
  // 0.5 s, 1 s, 2 s, 4 s, 8 s
  return { crashes, delayMs: 500 * 2 ** (crashes.length - 1) };
}
