// The first view with data, painted: App calls `firstViewCommitted` once React has put it in the page; the
// promise `firstPaint` settles after the browser's next frame (so the view is on screen), and marks
// "payerlens-ready" then (npm run bench measures from the popup's opening to this mark, as it does for a blank
// popup). What the first view does not need waits for it: the rows' codes, the full checks of the first answer,
// the worker's own answer, the other views' chunks. Loaded and run before the frame, they would push the paint
// back (13–19 ms here). If no view ever commits, they go after two seconds all the same.
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

/** `load`, once the first view is painted. */
export const afterFirstPaint =
  <T>(load: () => Promise<T>) =>
  (): Promise<T> =>
    firstPaint.then(load)
