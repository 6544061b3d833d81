// The few Chrome extension APIs the popup and side panel pages call, typed. They use Chrome's own promise APIs
// (MV3) instead of webextension-polyfill: the polyfill is 10 KB of the first script and takes several
// milliseconds to set up before the page's first line runs.
type Listeners<F> = { addListener: (listener: F) => void; removeListener: (listener: F) => void }
type Tab = { id?: number; url?: string }

export type ChromeApi = {
  runtime: { sendMessage: (message: { type: string }) => Promise<unknown> }
  storage: {
    session: { get: (key: string) => Promise<Record<string, unknown>> }
    onChanged: Listeners<(changes: Record<string, unknown>, area: string) => void>
  }
  tabs: {
    query: (query: { active: boolean; lastFocusedWindow?: boolean; currentWindow?: boolean }) => Promise<Tab[]>
    onActivated: Listeners<() => void>
    onUpdated: Listeners<(tabId: number, info: { status?: string }) => void>
  }
  windows: { getCurrent: () => Promise<{ id?: number }> }
  /** Chrome 114+ */
  sidePanel?: { open: (options: { windowId: number }) => Promise<void> }
}

export const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome
