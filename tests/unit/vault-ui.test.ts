// @vitest-environment happy-dom
// The vault's pages: the gate shows the setup form while the vault is new and only the unlock form while locked (no
// record from the views in the page), the setup button waits for a strong passphrase typed twice, the unlock form
// shows the worker's error and counts down the wait, "Lock now" takes the views away at once; options' change
// passphrase, export (CSV only after its warning) and restore (size refused before reading). Real React over
// happy-dom, the components bundled with esbuild (vitest here does not compile TSX), a fake worker behind the
// transport that answers as the worker's vault messages do.
import { bundleViews } from "./bundle-views"
import type { act as Act, createElement as CreateElement, ReactNode } from "react"
import type { createRoot as CreateRoot, Root } from "react-dom/client"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import type { VaultGate as Gate, nextView as NextView } from "../../src/ui/vault/VaultGate"
import type { clock as Clock, isStatus as IsStatus, vaultClient as VaultClient } from "../../src/ui/vault/client"
import type ChangePassphraseView from "../../src/ui/vault/ChangePassphrase"
import type { ExportBackup as ExportView } from "../../src/ui/vault/ExportBackup"
import type { restoreFrom as RestoreFrom } from "../../options/RestoreBackup"
import { encryptBackup, MAX_BACKUP_BYTES } from "../../src/crypto/backup"
import { fromBase64Url, toBase64Url } from "../../src/crypto/bytes"
import { firstAnswers } from "../../src/ui/first-answer"
import { makeSend } from "../../src/messages/send"

type Module = {
  act: typeof Act
  createElement: typeof CreateElement
  createRoot: typeof CreateRoot
  VaultGate: typeof Gate
  nextView: typeof NextView
  clock: typeof Clock
  isStatus: typeof IsStatus
  vaultClient: typeof VaultClient
  ChangePassphrase: typeof ChangePassphraseView
  ExportBackup: typeof ExportView
  restoreFrom: typeof RestoreFrom
}
let m: Module
let remove = () => {}
beforeAll(async () => {
  ;({ module: m, remove } = await bundleViews<Module>("vault-ui", [
    'export { VaultGate, nextView } from "./src/ui/vault/VaultGate.tsx"',
    'export { clock, isStatus, vaultClient } from "./src/ui/vault/client.ts"',
    'export { default as ChangePassphrase } from "./src/ui/vault/ChangePassphrase.tsx"',
    'export { ExportBackup } from "./src/ui/vault/ExportBackup.tsx"',
    'export { restoreFrom } from "./options/RestoreBackup.tsx"',
    'export { act, createElement } from "react"',
    'export { createRoot } from "react-dom/client"'
  ]))
}, 60_000)
afterAll(() => remove())
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const STRONG = "copper lantern orchard velvet rhubarb"
const PATIENT = "RIVERA, MARIA"

/** The worker's vault, as its messages answer: state, wrong passphrases, the wait after five. */
function fakeWorker(state: "new" | "locked" | "unlocked", passphrase = STRONG) {
  const vault = { state, failures: 0, waitUntil: 0, passphrase }
  const sent: { type: string; [key: string]: unknown }[] = []
  const pending: (() => void)[] = []
  let hold = false
  const status = () => ({
    ok: true,
    state: vault.state,
    waitMs: Math.max(0, vault.waitUntil - Date.now()),
    failures: vault.failures,
    autoLockMinutes: 15
  })
  const answer = (request: { type: string; [key: string]: unknown }): unknown => {
    switch (request.type) {
      case "vault/status":
        return status()
      case "vault/setup":
        vault.state = "unlocked"
        vault.passphrase = request.passphrase as string
        return { ok: true }
      case "vault/unlock":
        if (Date.now() < vault.waitUntil)
          return { ok: false, error: "Too many wrong passphrases. Try again in 2 minutes." }
        if (request.passphrase !== vault.passphrase) {
          vault.failures++
          if (vault.failures >= 5) vault.waitUntil = Date.now() + 105_000
          return { ok: false, error: "That passphrase is not right." }
        }
        vault.state = "unlocked"
        vault.failures = 0
        return { ok: true }
      case "vault/lock":
        vault.state = "locked"
        return { ok: true }
      case "vault/change-passphrase":
        if (request.current !== vault.passphrase) return { ok: false, error: "That passphrase is not right." }
        vault.passphrase = request.next as string
        return { ok: true }
    }
    return { ok: false, error: "unknown" }
  }
  const transport = (request: { type: string }) => {
    sent.push(request as (typeof sent)[number])
    const reply = answer(request as (typeof sent)[number])
    if (!hold) return Promise.resolve(reply)
    return new Promise<unknown>((resolve) => pending.push(() => resolve(reply)))
  }
  return {
    vault,
    sent,
    transport,
    /** hold replies until `release` (to see what the page shows while the worker works) */
    holdReplies: () => void (hold = true),
    release: () => ((hold = false), pending.splice(0).forEach((go) => go()))
  }
}

let host: HTMLDivElement
let root: Root
beforeEach(() => {
  host = document.createElement("div")
  document.body.append(host)
  root = m.createRoot(host)
})
afterEach(() => {
  m.act(() => root.unmount())
  host.remove()
  vi.useRealTimers()
})

const settle = () => m.act(() => new Promise((r) => setTimeout(r, 0)))
const byLabel = (text: string) => {
  const label = [...host.querySelectorAll("label")].find((l) => l.textContent === text)
  return host.querySelector(`#${label?.htmlFor}`) as HTMLInputElement | null
}
const button = (name: RegExp | string) =>
  [...host.querySelectorAll("button")].find((b) =>
    typeof name === "string" ? b.textContent === name : name.test(b.textContent ?? "")
  ) as HTMLButtonElement | undefined
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!
  m.act(() => {
    setter.call(input, value)
    input.dispatchEvent(new Event("input", { bubbles: true }))
  })
}
const submit = (b: HTMLButtonElement) => m.act(async () => b.click())
/** The views the gate protects: a record, as the popup's views would show it. */
const views = (seen: { fresh: boolean; lock: () => void }[]) => (vault: { fresh: boolean; lock: () => void }) => {
  seen.push(vault)
  return m.createElement(
    "div",
    null,
    m.createElement("p", { "data-testid": "record" }, PATIENT),
    m.createElement("button", { type: "button", onClick: vault.lock }, "Lock now")
  ) as ReactNode
}
const mountGate = async (worker: ReturnType<typeof fakeWorker>, props: Record<string, unknown> = {}) => {
  const seen: { fresh: boolean; lock: () => void }[] = []
  const client = m.vaultClient(worker.transport)
  await m.act(async () => root.render(m.createElement(m.VaultGate, { client, ...props, children: views(seen) })))
  await settle()
  return seen
}

describe("first run: the setup form", () => {
  it("waits for a strong passphrase typed twice, says how strong it is as it is typed, and tells the truth", async () => {
    const worker = fakeWorker("new")
    await mountGate(worker)
    expect(host.textContent).not.toContain(PATIENT)
    const passphrase = byLabel("Passphrase")!
    const confirm = byLabel("Confirm passphrase")!
    expect(passphrase.type).toBe("password")
    expect(document.activeElement).toBe(passphrase)
    const protect = button("Protect my data")!
    expect(protect.disabled).toBe(true)
    expect(host.textContent).toContain(
      "If you forget this passphrase, your PayerLens data cannot be recovered. PayerLens never sends it anywhere."
    )
    const meter = host.querySelector('[data-testid="strength"]')!
    expect(meter.getAttribute("aria-live")).toBe("polite")

    type(passphrase, "password123")
    expect(meter.textContent).toContain("very weak")
    expect(meter.textContent).toContain("one of the first passwords an attacker tries")
    type(confirm, "password123")
    expect(protect.disabled).toBe(true) // matching, but weak

    type(passphrase, STRONG)
    expect(meter.textContent).toMatch(/Strength: (strong|very strong)/)
    expect(protect.disabled).toBe(true) // strong, but the two differ
    expect(host.textContent).toContain("do not match")
    type(confirm, STRONG)
    expect(protect.disabled).toBe(false)

    worker.holdReplies()
    await submit(protect)
    expect(button(/Protecting…/)?.disabled).toBe(true)
    expect(worker.sent.at(-1)).toEqual({ type: "vault/setup", passphrase: STRONG })
    await m.act(async () => worker.release())
    await settle()
    expect(host.querySelector('[data-testid="record"]')?.textContent).toBe(PATIENT)
  })

  it("shows the worker's refusal and stays on the form", async () => {
    const worker = fakeWorker("new")
    const transport = (request: { type: string }) =>
      request.type === "vault/setup"
        ? Promise.resolve({ ok: false, error: "Choose a longer passphrase." })
        : worker.transport(request)
    await m.act(async () =>
      root.render(m.createElement(m.VaultGate, { client: m.vaultClient(transport), children: views([]) }))
    )
    await settle()
    type(byLabel("Passphrase")!, STRONG)
    type(byLabel("Confirm passphrase")!, STRONG)
    await submit(button("Protect my data")!)
    await settle()
    expect(host.querySelector('[role="alert"]')?.textContent).toBe("Choose a longer passphrase.")
    expect(host.textContent).not.toContain(PATIENT)
  })
})

describe("locked: only the unlock form", () => {
  it("a wrong passphrase shows the worker's error; the right one shows the views afresh", async () => {
    const worker = fakeWorker("locked")
    const seen = await mountGate(worker)
    expect(host.textContent).not.toContain(PATIENT)
    expect(seen).toEqual([])
    expect([...host.querySelectorAll("input")].map((i) => i.id)).toEqual(["vault-passphrase"])
    const field = byLabel("Passphrase")!
    const unlock = button("Unlock")!
    type(field, "not the passphrase at all")
    await submit(unlock)
    await settle()
    expect(host.querySelector('[role="alert"]')?.textContent).toBe("That passphrase is not right.")
    expect(field.value).toBe("")
    expect(host.textContent).not.toContain(PATIENT)
    type(field, STRONG)
    await submit(button("Unlock")!)
    await settle()
    expect(host.querySelector('[data-testid="record"]')?.textContent).toBe(PATIENT)
    expect(seen.at(-1)?.fresh).toBe(true)
  })

  it("after five wrong passphrases it counts down the wait with the button disabled, then lets the user try", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] })
    const worker = fakeWorker("locked")
    await mountGate(worker)
    for (let i = 0; i < 5; i++) {
      type(byLabel("Passphrase")!, `wrong guess number ${i}`)
      await submit(button("Unlock")!)
      await settle()
    }
    expect(host.querySelector('[data-testid="unlock-wait"]')?.textContent).toBe("Try again in 1:45")
    type(byLabel("Passphrase")!, STRONG)
    expect(button("Unlock")!.disabled).toBe(true)
    await m.act(async () => vi.advanceTimersByTime(45_000))
    expect(host.querySelector('[data-testid="unlock-wait"]')?.textContent).toBe("Try again in 1:00")
    await m.act(async () => vi.advanceTimersByTime(60_000))
    expect(host.querySelector('[data-testid="unlock-wait"]')).toBeNull()
    expect(button("Unlock")!.disabled).toBe(false)
  })

  it("a wait the worker reports when the page opens counts down from the start", async () => {
    const worker = fakeWorker("locked")
    worker.vault.waitUntil = Date.now() + 61_000
    await mountGate(worker)
    expect(host.querySelector('[data-testid="unlock-wait"]')?.textContent).toBe("Try again in 1:01")
    type(byLabel("Passphrase")!, STRONG)
    expect(button("Unlock")!.disabled).toBe(true)
  })
})

describe("the gate and the first answer", () => {
  const kept = {
    ok: true,
    overview: {
      today: "2026-11-27",
      denials: [],
      authorizations: [],
      attentionCount: 0,
      totals: { claims: 0, authorizations: 0 }
    },
    reminders: [],
    counts: { reminders: 0, denials: 0, authorizations: 0 },
    partial: true,
    receivables: {},
    storageError: null
  }

  it("a kept first answer shows the views at once; a status that says locked takes them away", async () => {
    const worker = fakeWorker("locked")
    const answered = firstAnswers(Promise.resolve(kept), Promise.resolve(undefined), "2026-11-27", () => {}, {
      kept: async () => null,
      reply: async (raw) => raw as never
    })
    await settle()
    let tellStatus!: (raw: unknown) => void
    const status = new Promise((resolve) => (tellStatus = resolve))
    const seen = await mountGate(worker, { first: answered, status })
    expect(host.querySelector('[data-testid="record"]')?.textContent).toBe(PATIENT)
    expect(seen[0].fresh).toBe(false)
    await m.act(async () => tellStatus(await worker.transport({ type: "vault/status" })))
    await settle()
    expect(host.textContent).not.toContain(PATIENT)
    expect(byLabel("Passphrase")).not.toBeNull()
  })

  it("a locked failure as the first answer never shows the views", async () => {
    const worker = fakeWorker("locked")
    const failure = { ok: false, error: "PayerLens is locked. Unlock it to see your data." }
    const first = firstAnswers(Promise.resolve(failure), Promise.resolve(undefined), "2026-11-27", () => {}, {
      kept: async () => null,
      reply: async (raw) => raw as never
    })
    const seen = await mountGate(worker, { first })
    expect(seen).toEqual([])
    expect(button("Unlock")).toBeDefined()
  })

  it("Lock now takes the views away before the worker answers, then shows the unlock form", async () => {
    const worker = fakeWorker("unlocked")
    await mountGate(worker)
    expect(host.querySelector('[data-testid="record"]')).not.toBeNull()
    worker.holdReplies()
    await submit(button("Lock now")!)
    expect(host.textContent).not.toContain(PATIENT)
    await m.act(async () => worker.release())
    await settle()
    await m.act(async () => worker.release())
    await settle()
    expect(worker.sent.map((r) => r.type)).toContain("vault/lock")
    expect(byLabel("Passphrase")).not.toBeNull()
  })

  it("a lock elsewhere (the kept copy cleared: auto-lock) shows the unlock form", async () => {
    const worker = fakeWorker("unlocked")
    let recheck!: (removed: boolean) => void
    await mountGate(worker, { watch: (r: typeof recheck) => ((recheck = r), () => {}) })
    expect(host.querySelector('[data-testid="record"]')).not.toBeNull()
    worker.vault.state = "locked"
    await m.act(async () => recheck(true))
    await settle()
    expect(host.textContent).not.toContain(PATIENT)
    expect(button("Unlock")).toBeDefined()
  })

  it("nextView: a status that cannot be read shows the views (they say what failed), never a form", () => {
    const waiting = { kind: "waiting" as const, settled: false, generation: 0 }
    expect(m.nextView(waiting, { kind: "status", reply: { ok: false, error: "no answer" } })).toEqual({
      kind: "unlocked",
      fresh: false,
      generation: 0
    })
    const afterLock = m.nextView({ kind: "unlocked", fresh: false, generation: 0 }, { kind: "lock" })
    // a first answer that comes after the user locked does not bring the views back
    expect(m.nextView(afterLock, { kind: "answer", ok: true })).toEqual(afterLock)
  })
})

describe("the vault client's checks", () => {
  it("formats the wait as m:ss, rounding up", () => {
    expect(m.clock(105_000)).toBe("1:45")
    expect(m.clock(104_001)).toBe("1:45")
    expect(m.clock(59_000)).toBe("0:59")
    expect(m.clock(0)).toBe("0:00")
  })

  it("accepts the status shape only, and an odd reply becomes the unreadable failure", async () => {
    const good = { ok: true, state: "locked", waitMs: 0, failures: 2, autoLockMinutes: 15 }
    expect(m.isStatus(good)).toBe(true)
    expect(m.isStatus({ ...good, state: "open" })).toBe(false)
    expect(m.isStatus({ ...good, waitMs: -1 })).toBe(false)
    expect(m.isStatus({ ...good, autoLockMinutes: 90 })).toBe(false)
    expect(m.isStatus({ ...good, extra: 1 })).toBe(false)
    const client = m.vaultClient(async () => ({ ok: true, state: "unlocked" }))
    expect(await client.status()).toEqual({ ok: false, error: "The background worker sent an unreadable answer." })
    const silent = m.vaultClient(() => Promise.reject(new Error("Could not establish connection")))
    expect(await silent.unlock(STRONG)).toEqual({ ok: false, error: "PayerLens's background worker did not answer." })
  })
})

describe("options", () => {
  it("Change passphrase: needs the current one and a strong new one typed twice; shows the worker's error", async () => {
    const worker = fakeWorker("unlocked")
    await m.act(async () =>
      root.render(m.createElement(m.ChangePassphrase, { client: m.vaultClient(worker.transport) }))
    )
    const change = () => button(/^Change/)!
    type(byLabel("Current passphrase")!, "not it at all, sorry")
    type(byLabel("New passphrase")!, "tiny")
    type(byLabel("Confirm new passphrase")!, "tiny")
    expect(change().disabled).toBe(true)
    expect(host.querySelector('[data-testid="strength"]')?.textContent).toContain("at least 15 characters")
    const next = "marble okapi sprocket lagoon thimble"
    type(byLabel("New passphrase")!, next)
    type(byLabel("Confirm new passphrase")!, next)
    expect(change().disabled).toBe(false)
    await submit(change())
    await settle()
    expect(host.querySelector('[data-testid="change-message"]')?.textContent).toBe("That passphrase is not right.")
    expect(worker.vault.passphrase).toBe(STRONG)
    type(byLabel("Current passphrase")!, STRONG)
    await submit(change())
    await settle()
    expect(worker.vault.passphrase).toBe(next)
    expect(host.querySelector('[data-testid="change-message"]')?.textContent).toMatch(/^Passphrase changed/)
    expect(byLabel("New passphrase")!.value).toBe("")
  })

  describe("export", () => {
    let saved: { name: string; blob: Blob }[]
    beforeEach(() => {
      saved = []
      let last: Blob | null = null
      vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => ((last = blob as Blob), "blob:test"))
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, blob: last! })
      })
    })
    afterEach(() => vi.restoreAllMocks())

    const backupBytes = new Uint8Array([0x50, 0x4c, 0x00, 0xff, 0xfe, 0x10, 0x3f, 0x3e])
    const exporting = () => {
      const requests: unknown[] = []
      const send = makeSend(async (request) => {
        requests.push(request)
        return {
          ok: true,
          backup: toBase64Url(backupBytes),
          claimsCsv: `claimNumber,patient\n2026281AB0412,"${PATIENT}"\n`,
          authorizationsCsv: "authNumber\n"
        }
      })
      return { requests, send }
    }

    it("asks the passphrase and saves the decoded bytes as payerlens-backup-YYYY-MM-DD.plbackup", async () => {
      const { requests, send } = exporting()
      const messages: string[] = []
      await m.act(async () => root.render(m.createElement(m.ExportBackup, { send, onDone: (t) => messages.push(t) })))
      await submit(button("Export encrypted backup")!)
      expect(requests).toEqual([])
      expect(messages).toEqual(["Type your passphrase first: the export needs it."])
      type(byLabel("Passphrase for the export")!, STRONG)
      await submit(button("Export encrypted backup")!)
      await settle()
      expect(requests).toEqual([{ type: "data/export", passphrase: STRONG }])
      expect(saved.map((s) => s.name)).toEqual([
        expect.stringMatching(/^payerlens-backup-\d{4}-\d{2}-\d{2}\.plbackup$/)
      ])
      expect(new Uint8Array(await saved[0].blob.arrayBuffer())).toEqual(backupBytes)
      expect(byLabel("Passphrase for the export")!.value).toBe("")
    })

    it("CSV files download only after the plain-text warning is confirmed", async () => {
      const { requests, send } = exporting()
      await m.act(async () => root.render(m.createElement(m.ExportBackup, { send, onDone: () => {} })))
      type(byLabel("Passphrase for the export")!, STRONG)
      await submit(button("Export CSV files…")!)
      expect(requests).toEqual([])
      expect(host.querySelector('[data-testid="csv-warning"]')?.textContent).toBe(
        "These CSV files hold client names, member IDs and claim details in plain text. Keep them on an encrypted drive and delete them when done."
      )
      await submit(button("Cancel")!)
      expect(host.querySelector('[data-testid="csv-warning"]')).toBeNull()
      expect(saved).toEqual([])
      await submit(button("Export CSV files…")!)
      await submit(button("Download CSV files")!)
      await settle()
      expect(saved.map((s) => s.name)).toEqual(["payerlens-claims.csv", "payerlens-authorizations.csv"])
      expect(await saved[0].blob.text()).toContain(PATIENT)
    })
  })

  describe("restore", () => {
    it("refuses a file over 100 MB by its size, before reading it or asking the worker", async () => {
      const send = vi.fn()
      const huge = {
        size: MAX_BACKUP_BYTES + 1,
        arrayBuffer: () => Promise.reject(new Error("must not be read"))
      } as unknown as Blob
      const message = await m.restoreFrom(huge, STRONG, send)
      expect(message).toMatch(
        /^Nothing was changed: this file is 100\.0 MB; a PayerLens backup is never over 100\.0 MB/
      )
      expect(send).not.toHaveBeenCalled()
    })

    it("sends the file's exact bytes as base64url with the passphrase", async () => {
      const bytes = await encryptBackup({ app: "PayerLens", claims: [{ patient: PATIENT }] }, STRONG)
      const requests: { type: string; backup?: string; passphrase?: string }[] = []
      const send = makeSend(async (request) => {
        requests.push(request)
        return { ok: true, restored: { claims: 1, authorizations: 0, history: 2 } }
      })
      const message = await m.restoreFrom(new Blob([bytes]), STRONG, send)
      expect(message).toBe("Restored 1 claims, 0 authorizations and 2 history entries from the backup.")
      expect(requests).toHaveLength(1)
      expect(requests[0].type).toBe("data/import")
      expect(requests[0].passphrase).toBe(STRONG)
      expect(fromBase64Url(requests[0].backup!)).toEqual(bytes)
    })

    it("without a passphrase nothing is sent", async () => {
      const send = vi.fn()
      expect(await m.restoreFrom(new Blob([new Uint8Array(10)]), "", send)).toBe(
        "Nothing was changed: type the passphrase the backup was saved with."
      )
      expect(send).not.toHaveBeenCalled()
    })
  })
})
