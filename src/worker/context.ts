// What a message's handler may use: the store, the clock, the browser (through Deps), and the worker's own
// operations. Built per message by makeContext; handlers never import storage or browser code themselves.
import type { Capture } from "../model/capture"
import type { Failure } from "../messages/define"
import type { KeptAnswer, TabRecordKeys } from "../messages/shapes"
import type { Grants, Self, SenderInfo } from "../messages/sender"
import type { Store, StoreSummary } from "../storage"
import type { Notice } from "../tracking/tick"
import type { Answers } from "./answers"

/** The browser around the worker (background/index.ts supplies the real ones, tests their own). */
export type Deps = {
  store: Store
  self: Self
  now: () => Date
  /** The attention count, or "!" while no passphrase is set up (nothing is being kept). */
  setBadge: (count: number | "!") => Promise<void>
  /** Remembers (or clears, with null) the last storage failure so the popup can show it. */
  storageError: { get: () => Promise<string | null>; set: (message: string | null) => Promise<void> }
  log: (line: string) => void
  /** Hosts and tabs the user granted (read fresh for each message: the worker may have restarted). */
  grants: () => Promise<Grants>
  /** Runs the reader in a tab once (activeTab); records the tab grant first. */
  injectReader: (tabId: number) => Promise<void>
  /** Reads a host like a listed portal from now on; its permission was granted in the popup. */
  registerSite: (origin: string) => Promise<void>
  /** Erase means erase: every registered site reader and host permission for sites goes. */
  forgetSites: () => Promise<void>
  /** Erase means erase: the session copies (first answer, tab records) go. */
  clearSession: () => Promise<void>
  /** "Stop reading this site": its reader unregistered and its host permission removed. */
  stopReadingSite: (origin: string) => Promise<void>
  /** Shows one reminder, or a summary of many (a system notification). */
  notify: (notice: Notice) => Promise<void>
  /** Keeps the popup's first answer where a popup finds it while the worker sleeps (session storage). */
  keepAnswer: (kept: KeptAnswer) => Promise<void>
  /** Drops that copy (at lock: a locked popup shows nothing of the records). */
  dropAnswer: () => Promise<void>
  /** Asks for a reminder tick soon after new records arrive (an alarm, so it survives the worker). */
  scheduleTick: () => Promise<void>
  /** Which records the last page read in each tab held (session storage: it outlives the worker, not the browser). */
  tabRecords: {
    remember: (tabId: number, keys: TabRecordKeys) => Promise<void>
    get: (tabId: number) => Promise<TabRecordKeys | null>
  }
}

export type WorkerContext = {
  deps: Deps
  store: Store
  now: () => Date
  sender: SenderInfo
  /** Runs storage work; a failure becomes a reply naming its kind instead of an exception. */
  storing: <T>(work: () => Promise<T>) => Promise<T | Failure>
  /** Runs a vault action (setup, unlock, lock, passphrase change): its refusal becomes the reply's error text, and
   * the badge and kept answer follow the new state. */
  vault: (work: () => Promise<unknown>) => Promise<{ ok: true } | Failure>
  /** Brings the badge and the popup's kept first answer up to date after a change. */
  publish: () => Promise<void>
  /** One reminder pass, then publish. */
  tick: () => Promise<void>
  acceptCapture: (capture: Capture) => Promise<{ ok: true; stored: StoreSummary } | Failure>
  readTab: (tabId: number) => Promise<{ ok: true; found: { claims: number; authorizations: number } } | Failure>
  alwaysRead: (origin: string) => Promise<{ ok: true } | Failure>
  restore: (
    backup: string,
    passphrase: string
  ) => Promise<{ ok: true; restored: { claims: number; authorizations: number; history: number } } | Failure>
  answers: Answers
}
