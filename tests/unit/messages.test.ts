// Every message the worker answers: it has its schemas, sender policy and handler, and from a content script on
// a listed portal only capture/submit is taken — every other request is refused and the store is unchanged.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"
import { MESSAGES, type MessageType, type Request } from "../../src/messages"
import { handleMessage } from "../../src/worker/dispatch"
import { listFixtures } from "../sandbox/pages"
import { POPUP_SENDER, snapshotDb, workerDeps, EXT_ID } from "./helpers"
import type { Capture } from "../../src/model/capture"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { envelope835 } from "../tools/era-synth"

const SAMPLE_835 = envelope835([
  "BPR*I*95*C*ACH************20261102",
  "TRN*1*123456*1999",
  "N1*PR*AETNA",
  "LX*1",
  "CLP*PCN1*1*150*95*20*12*AET0001",
  "NM1*QC*1*RIVERA*MARIA****MI*W123456789",
  "CAS*CO*45*35",
  "CAS*PR*3*20"
])

const MESSAGES_DIR = join(import.meta.dirname, "..", "..", "src", "messages")
const contentSender = { id: EXT_ID, url: "https://apps.availity.com/public/apps/claim-status/results", tab: { id: 7 } }
const capture = () =>
  structuredClone(listFixtures().find((f) => f.name === "01-claim-status-results")!.expected) as Capture

/** One valid request of each type. A new message needs its sample here (the first test says which is missing). */
const SAMPLES: { [T in MessageType]: () => Extract<Request, { type: T }> } = {
  "capture/submit": () => ({ type: "capture/submit", capture: capture() }),
  "overview/get": () => ({ type: "overview/get", limit: 6 }),
  "page/read": () => ({ type: "page/read", tabId: 7 }),
  "site/always-read": () => ({ type: "site/always-read", origin: "https://portal.example.com" }),
  "site/stop": () => ({ type: "site/stop", origin: "https://portal.example.com" }),
  "audit/list": () => ({ type: "audit/list" }),
  "reminders/tick": () => ({ type: "reminders/tick" }),
  "reminder/update": () => ({ type: "reminder/update", id: "auth-low:x:2", action: "dismiss" }),
  "reminders/ics": () => ({ type: "reminders/ics" }),
  "claim/resolve": () => ({
    type: "claim/resolve",
    key: "anthembluecrossblueshield|2026281AB0412",
    reason: "appealed"
  }),
  "claims/resolve": () => ({
    type: "claims/resolve",
    keys: ["anthembluecrossblueshield|2026281AB0412"],
    reason: "written_off"
  }),
  "claim/appeal": () => ({
    type: "claim/appeal",
    key: "anthembluecrossblueshield|2026281AB0412",
    action: { kind: "sent", level: "reconsideration", sentDate: "2026-11-20" }
  }),
  "settings/get": () => ({ type: "settings/get" }),
  "settings/save": () => ({
    type: "settings/save",
    tracking: { ...DEFAULT_SETTINGS, authVisitsLeft: 1 },
    practice: { name: "Evil", npi: "", taxId: "", address: "" }
  }),
  "data/export": () => ({ type: "data/export", passphrase: "violet harbor lantern quietly 2049" }),
  "data/wipe": () => ({ type: "data/wipe", confirm: "DELETE" }),
  "data/import": () => ({
    type: "data/import",
    backup: "UGF5ZXJMZW5z",
    passphrase: "violet harbor lantern quietly 2049"
  }),
  "history/get": () => ({ type: "history/get", recordKey: "anthembluecrossblueshield|2026281AB0412" }),
  "search/query": () => ({ type: "search/query", text: "rivera" }),
  "patient/get": () => ({ type: "patient/get", key: "id:XGH884512301" }),
  "receivables/list": () => ({ type: "receivables/list", filter: { bucket: "0-30" } }),
  "records/on-tab": () => ({ type: "records/on-tab", tabId: 7 }),
  "balances/list": () => ({ type: "balances/list" }),
  "scrub/stored": () => ({ type: "scrub/stored" }),
  "era/import": () => ({ type: "era/import", files: [{ name: "week-46.835", text: SAMPLE_835 }] }),
  "era/preview": () => ({ type: "era/preview", files: [{ name: "week-46.835", text: SAMPLE_835 }] }),
  "payments/list": () => ({ type: "payments/list" }),
  "vault/status": () => ({ type: "vault/status" }),
  "vault/setup": () => ({ type: "vault/setup", passphrase: "a different strong passphrase 77" }),
  "vault/unlock": () => ({ type: "vault/unlock", passphrase: "violet harbor lantern quietly 2049" }),
  "vault/lock": () => ({ type: "vault/lock" }),
  "vault/change-passphrase": () => ({
    type: "vault/change-passphrase",
    current: "violet harbor lantern quietly 2049",
    next: "a different strong passphrase 77"
  }),
  "scrub/check": () => ({
    type: "scrub/check",
    claim: {
      payer: "Aetna",
      patient: { name: "RIVERA, MARIA", memberId: "W123456789", dateOfBirth: null },
      serviceFrom: "2026-11-20",
      diagnosisCodes: ["F41"],
      lines: [
        {
          procedureCode: "90833",
          modifiers: [],
          units: 1,
          serviceDate: "2026-11-20",
          billedCents: 9000,
          paidCents: null,
          adjustments: [],
          remarkCodes: []
        }
      ]
    }
  })
}

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanup.map((c) => c()))
  cleanup = []
})
async function deps(...args: Parameters<typeof workerDeps>) {
  const made = await workerDeps(...args)
  cleanup.push(() => made.db.delete())
  return made
}

describe("the message catalogue", () => {
  it("lists every message module, each with request and reply schemas, a sender policy and a handler", () => {
    const modules = readdirSync(MESSAGES_DIR).filter((f) =>
      readFileSync(join(MESSAGES_DIR, f), "utf8").includes("= defineMessage(")
    )
    expect(modules.length).toBe(MESSAGES.length)
    const types = MESSAGES.map((m) => m.type)
    expect(new Set(types).size).toBe(types.length)
    for (const m of MESSAGES) {
      expect(typeof m.request.safeParse, m.type).toBe("function")
      expect(typeof m.reply.safeParse, m.type).toBe("function")
      expect(["extension-pages", "content-scripts"], m.type).toContain(m.from)
      expect(typeof m.handle, m.type).toBe("function")
      expect(SAMPLES[m.type], `a sample request for ${m.type}`).toBeDefined()
      // the request schema names its own type, and a failure is always a valid reply
      expect(m.request.safeParse(SAMPLES[m.type]()).success, m.type).toBe(true)
      expect(m.request.safeParse({ ...SAMPLES[m.type](), type: "something/else" }).success, m.type).toBe(false)
      expect(m.reply.safeParse({ ok: false, error: "x" }).success, m.type).toBe(true)
    }
  })

  it("lets content scripts send capture/submit and nothing else", () => {
    expect(MESSAGES.filter((m) => m.from === "content-scripts").map((m) => m.type)).toEqual(["capture/submit"])
  })

  it("answers every request from PayerLens's own pages with a reply its schema accepts", async () => {
    const { d } = await deps()
    await handleMessage(SAMPLES["capture/submit"](), contentSender, d)
    for (const m of MESSAGES) {
      if (m.type === "capture/submit") continue
      const reply = await handleMessage(SAMPLES[m.type](), POPUP_SENDER, d)
      expect(m.reply.safeParse(reply).success, `${m.type}: ${JSON.stringify(reply).slice(0, 200)}`).toBe(true)
    }
  })
})

describe("senders × request types", () => {
  it("refuses every request but capture/submit from a content script, and the store is unchanged after each", async () => {
    const { d, db } = await deps()
    await handleMessage(SAMPLES["capture/submit"](), contentSender, d)
    const before = await snapshotDb(db)
    for (const m of MESSAGES) {
      if (m.type === "capture/submit") continue
      const reply = await handleMessage(SAMPLES[m.type](), contentSender, d)
      expect(reply, m.type).toEqual({ ok: false, error: `refused: pages may not send ${m.type}` })
      expect(await snapshotDb(db), m.type).toEqual(before)
    }
  })

  it("refuses every request from another extension or a web page, capture/submit included", async () => {
    const { d, db } = await deps()
    const before = await snapshotDb(db)
    for (const sender of [
      { id: "another-extension-id-aaaaaaaaaaaa", url: "chrome-extension://another/popup.html" },
      { url: "https://evil.example.com/", tab: { id: 9 } },
      { id: EXT_ID, url: "https://evil.example.com/", tab: { id: 9 } }
    ])
      for (const m of MESSAGES) {
        const reply = await handleMessage(SAMPLES[m.type](), sender, d)
        expect(reply.ok, `${m.type} from ${sender.url}`).toBe(false)
      }
    expect(await snapshotDb(db)).toEqual(before)
  })

  it("checks the sender before parsing the body: a refused sender's large message is never parsed", async () => {
    const { d } = await deps()
    const parse = vi.spyOn(MESSAGES.find((m) => m.type === "data/import")!.request, "safeParse")
    const huge = {
      type: "data/import",
      backup: { app: "PayerLens", claims: Array.from({ length: 50_000 }, (_, i) => ({ key: i })) }
    }
    const reply = await handleMessage(huge, contentSender, d)
    expect(reply).toEqual({ ok: false, error: "refused: pages may not send data/import" })
    expect(parse).not.toHaveBeenCalled()
    parse.mockRestore()
  })

  it("refuses an unknown type and a body that fails its schema, naming the field, not the value", async () => {
    const { d } = await deps()
    expect(await handleMessage({ type: "db/drop" }, POPUP_SENDER, d)).toEqual({
      ok: false,
      error: "refused db/drop: unknown message type"
    })
    expect(await handleMessage("hello", POPUP_SENDER, d)).toEqual({
      ok: false,
      error: "refused message: unknown message type"
    })
    const reply = await handleMessage(
      { type: "claim/resolve", key: "SECRET-MEMBER-123", reason: "lost" },
      POPUP_SENDER,
      d
    )
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error).toMatch(/^refused claim\/resolve: reason: /)
    expect(!reply.ok && reply.error).not.toContain("SECRET")
  })
})
