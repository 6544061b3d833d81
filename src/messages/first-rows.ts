// The popup's first answer, shared by the worker and the popup's first line (first-ask.ts) — no imports and no
// set-up, so importing this costs the popup nothing before it has asked.

/** How many rows of each list the first answer holds: what a popup shows without scrolling, and more. */
export const FIRST_ROWS = 6

/** Session-storage key of the worker's copy of its last first answer (in memory only, gone with the browser). */
export const KEPT_ANSWER_KEY = "keptFirstAnswer"

/** Whether a kept copy is for today's popup: made today, with this many rows (its shape is checked apart). */
export function keptForToday(kept: unknown, today: string): boolean {
  const copy = kept as { day?: unknown; limit?: unknown } | null | undefined
  return copy?.day === today && copy?.limit === FIRST_ROWS
}
