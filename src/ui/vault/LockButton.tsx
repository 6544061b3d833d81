// "Lock now" in the popup's and side panel's header: the data leaves the page at once, the unlock form shows.
export function LockButton({ onLock }: { onLock: () => void }) {
  return (
    <button type="button" className="secondary lock-now" onClick={onLock}>
      Lock now
    </button>
  )
}
