// Which records the last page read in each tab held, for the side panel's "on this page" highlight. Kept in
// session storage: it outlives a worker restart, and the side panel watches it to refresh.
import browser from "webextension-polyfill"
import { TAB_RECORDS_KEY, type TabRecordKeys } from "../src/messages/shapes"

async function all(): Promise<Record<number, TabRecordKeys>> {
  return (
    ((await browser.storage.session.get(TAB_RECORDS_KEY))[TAB_RECORDS_KEY] as
      Record<number, TabRecordKeys> | undefined) ?? {}
  )
}

export const tabRecords = {
  async remember(tabId: number, keys: TabRecordKeys) {
    await browser.storage.session.set({ [TAB_RECORDS_KEY]: { ...(await all()), [tabId]: keys } })
  },
  async get(tabId: number) {
    return (await all())[tabId] ?? null
  },
  async forget(tabId: number) {
    const tabs = await all()
    if (!(tabId in tabs)) return
    delete tabs[tabId]
    await browser.storage.session.set({ [TAB_RECORDS_KEY]: tabs })
  }
}
