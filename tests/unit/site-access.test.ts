// background/site-access.ts against a recorded stand-in for Chrome's scripting, permissions and session storage:
// "Stop reading this site" takes back that site only; erasing takes back every site PayerLens was allowed beyond its
// manifest and the session copies, and leaves the listed portals' own permissions and the vault's key alone.
import { beforeEach, describe, expect, it, vi } from "vitest"
import { KEPT_ANSWER_KEY } from "../../src/messages/first-rows"
import { TAB_RECORDS_KEY } from "../../src/messages/shapes"

const LISTED = "https://apps.availity.com/*"

/** What Chrome holds for the extension: registered scripts, granted origins, session storage. */
const chromeState = {
  scripts: [] as { id: string; matches: string[] }[],
  origins: [] as string[],
  session: {} as Record<string, unknown>,
  removeRefuses: new Set<string>()
}

const fakeBrowser = {
  runtime: {
    getManifest: () => ({
      manifest_version: 3,
      host_permissions: [],
      content_scripts: [{ matches: [LISTED], js: ["reader.js"] }]
    })
  },
  scripting: {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      chromeState.scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    registerContentScripts: async (scripts: { id: string; matches: string[] }[]) =>
      void chromeState.scripts.push(...scripts.map(({ id, matches }) => ({ id, matches }))),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) =>
      void (chromeState.scripts = chromeState.scripts.filter((s) => !ids.includes(s.id)))
  },
  permissions: {
    getAll: async () => ({ origins: [...chromeState.origins], permissions: [] }),
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => chromeState.origins.includes(o)),
    remove: async ({ origins }: { origins: string[] }) => {
      // Chrome: "You cannot remove required permissions."
      if (origins.some((o) => o === LISTED || chromeState.removeRefuses.has(o)))
        throw new Error("You cannot remove required permissions.")
      chromeState.origins = chromeState.origins.filter((o) => !origins.includes(o))
      return true
    }
  },
  storage: {
    session: {
      get: async (key: string) => (key in chromeState.session ? { [key]: chromeState.session[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(chromeState.session, items),
      remove: async (keys: string | string[]) => {
        for (const k of ([] as string[]).concat(keys)) delete chromeState.session[k]
      }
    }
  }
}

vi.mock("webextension-polyfill", () => ({ default: fakeBrowser }))
const { clearSession, forgetSites, grants, registerSite, stopReadingSite } =
  await import("../../background/site-access")

const KEYSTONE = "https://provider.keystonebhp.example"
const OTHER = "https://billing.northwind.example"
/** the vault's unlocked key (another module's): erasing the session copies must not lock the store */
const VAULT_KEY = "payerlensDataKey"

beforeEach(() => {
  chromeState.scripts = [{ id: "plasmo-reader", matches: [LISTED] }]
  chromeState.origins = [LISTED, `${KEYSTONE}/*`, `${OTHER}/*`]
  chromeState.session = {
    readTabs: { 3: KEYSTONE, 4: OTHER },
    [KEPT_ANSWER_KEY]: { day: "2026-11-27", answer: { ok: true, note: "RIVERA, MARIA" } },
    [TAB_RECORDS_KEY]: { 3: { claims: ["aetna|2026281AB0412"], authorizations: [] } },
    [VAULT_KEY]: "raw key bytes"
  }
  chromeState.removeRefuses = new Set()
})

describe("Stop reading this site", () => {
  it("unregisters that site's reader, hands back its permission and forgets its tabs; other sites stay", async () => {
    await registerSite(KEYSTONE)
    await registerSite(OTHER)
    expect(chromeState.scripts.map((s) => s.id)).toEqual(["plasmo-reader", `site:${KEYSTONE}`, `site:${OTHER}`])
    await stopReadingSite(KEYSTONE)
    expect(chromeState.scripts.map((s) => s.id)).toEqual(["plasmo-reader", `site:${OTHER}`])
    expect(chromeState.origins).toEqual([LISTED, `${OTHER}/*`])
    expect(await grants()).toEqual({ matches: [LISTED, `${OTHER}/*`], tabs: { 4: OTHER } })
    // asked again, there is nothing left to take back
    await stopReadingSite(KEYSTONE)
    expect(chromeState.origins).toEqual([LISTED, `${OTHER}/*`])
  })
})

describe("erase: forgetSites and clearSession", () => {
  it("unregisters every site reader of ours and removes every host grant beyond the manifest's", async () => {
    await registerSite(KEYSTONE)
    await registerSite(OTHER)
    await forgetSites()
    expect(chromeState.scripts.map((s) => s.id)).toEqual(["plasmo-reader"])
    expect(chromeState.origins).toEqual([LISTED])
  })

  it("a grant Chrome refuses to remove does not stop the others from going", async () => {
    chromeState.removeRefuses.add(`${KEYSTONE}/*`)
    await forgetSites()
    expect(chromeState.origins).toEqual([LISTED, `${KEYSTONE}/*`])
  })

  it("clears the kept first answer, the tabs' records and the tabs read once; the vault's key stays", async () => {
    await clearSession()
    expect(chromeState.session).toEqual({ [VAULT_KEY]: "raw key bytes" })
  })
})
