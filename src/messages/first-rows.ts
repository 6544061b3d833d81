// The popup's first answer, shared by the worker and the popup's first line (first-ask.ts) — constants only, so
// importing them sets nothing up before the popup has asked.

/** How many rows of each list the first answer holds: what a popup shows without scrolling, and more. */
export const FIRST_ROWS = 6

/** Session-storage key of the worker's copy of its last first answer (in memory only, gone with the browser). */
export const KEPT_ANSWER_KEY = "keptFirstAnswer"
