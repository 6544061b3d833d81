// The first view with data, painted: App calls `firstViewCommitted` once React has put it in the page; the
// promise `firstPaint` settles after the browser's next frame (so the view is on screen), and marks
// "payerlens-ready" then (npm run bench measures from the popup's opening to this mark, as it does for a blank
// popup). What the first view does not need waits for it; loaded and run before the frame, it would push the
// paint back (13–19 ms here). Then the rows' codes come first (`codesChunk`), and the rest after them
// (`afterFirstPaint`): the full checks of the first answer, the worker's own answer, the API and the other
// views, the This-page strip. If no view ever commits, all go after two seconds all the same.
let painted = () => {}
export const firstPaint = new Promise<void>((resolve) => {
  painted = resolve
  setTimeout(resolve, 2000)
})

let committed = false
export function firstViewCommitted(): void {
  if (committed) return
  committed = true
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark("payerlens-ready")
      painted()
    })
  )
}

/** The rows' codes and what each means (ClaimRow), loaded as soon as the first view is painted. */
export const codesChunk = firstPaint.then(() => import("./ClaimCodes"))

/** Settles once the first view is painted and the codes' chunk is in (or failed to load). */
export const firstViewDone: Promise<void> = codesChunk.then(
  () => undefined,
  () => undefined
)

/** `load`, once the first view is painted and the codes' chunk is in. */
export const afterFirstPaint =
  <T>(load: () => Promise<T>) =>
  (): Promise<T> =>
    firstViewDone.then(load)
