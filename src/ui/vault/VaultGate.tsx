// What a page shows by the vault's state: the setup form while it is "new", only the unlock form while "locked",
// and the page's own views (its children) once "unlocked". The popup's and side panel's first answer decides at
// once when it is a success (the worker's kept copy exists only while unlocked: it is cleared at lock); the vault's
// status decides otherwise, and whenever the page may have been locked behind its back (the kept copy cleared).
import { Suspense, useEffect, useReducer, useRef, type ReactNode } from "react"
import { KEPT_ANSWER_KEY } from "../../messages/first-rows"
import type { FirstAnswers } from "../first-answer"
import { statusReply, type Failure, type Status, type VaultClient } from "./client"
import { SetupForm } from "./lazy"
import { UnlockForm } from "./UnlockForm"

/** `fresh`: unlocked by this page (after setup or unlock): the first answer asked before is stale. */
export type Unlocked = { fresh: boolean; lock: () => void }

type View =
  /** `settled`: a status was read or the user locked, so a first answer no longer decides */
  | { kind: "waiting"; settled: boolean; generation: number }
  | { kind: "unlocked"; fresh: boolean; generation: number }
  | { kind: "locked"; status: Status; generation: number }
  | { kind: "new"; status: Status; generation: number }

type Event =
  | { kind: "status"; reply: Status | Failure }
  | { kind: "answer"; ok: boolean }
  | { kind: "lock" }
  | { kind: "unlocked" }

/** The gate's next view. `generation` counts the times the views were shown afresh (their React key). */
export function nextView(was: View, event: Event): View {
  const { generation } = was
  switch (event.kind) {
    case "status": {
      const { reply } = event
      if (reply.ok && reply.state === "locked") return { kind: "locked", status: reply, generation }
      if (reply.ok && reply.state === "new") return { kind: "new", status: reply, generation }
      // unlocked, or no readable status (the views then say what failed)
      if (was.kind === "unlocked") return was
      if (was.kind === "waiting" && !was.settled) return { kind: "unlocked", fresh: false, generation }
      return { kind: "unlocked", fresh: true, generation: generation + 1 }
    }
    case "answer":
      return event.ok && was.kind === "waiting" && !was.settled ? { kind: "unlocked", fresh: false, generation } : was
    case "lock":
      return { kind: "waiting", settled: true, generation }
    case "unlocked":
      return { kind: "unlocked", fresh: true, generation: generation + 1 }
  }
}

type Props = {
  client: VaultClient
  /** the vault/status reply asked with the page's first line (first-ask.ts); without it the gate asks */
  status?: Promise<unknown>
  /** the page's first answer: a success shows the views before the status is in */
  first?: FirstAnswers
  /** calls `recheck` when the vault may have changed state elsewhere; returns a stop function */
  watch?: (recheck: (removed: boolean) => void) => () => void
  /** wraps the gate's own views (the options page puts them in its <main>) */
  wrap?: (view: ReactNode) => ReactNode
  /** the page's views, once unlocked */
  children: (vault: Unlocked) => ReactNode
}

type StorageChanges = Listeners<(changes: Record<string, unknown>, area: string) => void>
type Listeners<F> = { addListener: (listener: F) => void; removeListener: (listener: F) => void }

/** Watches the worker's kept first answer in session storage: cleared at every lock, written while unlocked. */
export const watchKeptCopy =
  (onChanged: StorageChanges) =>
  (recheck: (removed: boolean) => void): (() => void) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== "session" || !(KEPT_ANSWER_KEY in changes)) return
      const change = changes[KEPT_ANSWER_KEY] as { newValue?: unknown } | undefined
      recheck(change?.newValue === undefined)
    }
    onChanged.addListener(listener)
    return () => onChanged.removeListener(listener)
  }

export function VaultGate({ client, status, first, watch, wrap = (view) => view, children }: Props) {
  const [view, dispatch] = useReducer(
    nextView,
    first?.latest?.ok
      ? { kind: "unlocked", fresh: false, generation: 0 }
      : { kind: "waiting", settled: false, generation: 0 }
  )
  const shown = useRef(view)
  useEffect(() => void (shown.current = view), [view])

  const decide = (raw: unknown) => dispatch({ kind: "status", reply: statusReply(raw) })
  const recheck = () => void client.status().then(decide)

  useEffect(() => {
    let live = true
    void (status ?? client.status()).then(
      (raw) => live && decide(raw),
      () => live && decide(undefined)
    )
    const stopFirst = first?.listen((answer) => {
      if (!live || !answer) return
      dispatch({ kind: "answer", ok: answer.ok })
      // a failure after the views showed may be the lock: ask
      if (!answer.ok && shown.current.kind === "unlocked") recheck()
    })
    const stopWatch = watch?.((removed) => {
      if (live && (removed || shown.current.kind !== "unlocked")) recheck()
    })
    return () => {
      live = false
      stopFirst?.()
      stopWatch?.()
    }
  }, []) // eslint-disable-line react-hooks/exhaustive-deps -- the gate asks once, when the page opens

  const unlocked = () => dispatch({ kind: "unlocked" })
  const lock = () => {
    dispatch({ kind: "lock" }) // the records leave the page now, not when the worker has answered
    void client.lock().then(recheck)
  }

  if (view.kind === "waiting")
    return wrap(
      <p className="empty" role="status">
        Loading…
      </p>
    )
  if (view.kind === "locked")
    return wrap(<UnlockForm key="unlock" client={client} status={view.status} onUnlocked={unlocked} />)
  if (view.kind === "new")
    return wrap(
      <Suspense fallback={<p className="empty">Loading…</p>}>
        <SetupForm client={client} onDone={unlocked} />
      </Suspense>
    )
  return <Fresh key={view.generation}>{children({ fresh: view.fresh, lock })}</Fresh>
}

const Fresh = ({ children }: { children: ReactNode }) => <>{children}</>
