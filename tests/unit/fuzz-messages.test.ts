// 10,000 fuzzed messages at the worker's one boundary, handleMessage(message, sender, deps), over an unlocked store
// holding real captures (issue 14, "Attacks and faults"): arbitrary JSON, wrong types, each known type with mutated
// bodies (any value for a field, huge strings, deep nesting, "__proto__"/"constructor" keys), from random senders.
// Every reply is a failure with a string error or a reply its schema accepts, and after every refusal the store is
// unchanged. Comparing every table whole 10,000 times is too slow, so each refusal is checked against a digest
// (each table's primary keys, the sealed rows' seq, the audit chain's length and last hash, the clear settings,
// reminders and vault rows) and every 500th message against the whole snapshot (snapshotDb).
import { createHash } from "node:crypto"
import { serialize } from "node:v8"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MESSAGES, messageOf, type MessageType } from "../../src/messages"
import { checkReply, UNREADABLE } from "../../src/messages/send"
import type { SenderInfo } from "../../src/messages/sender"
import type { Capture } from "../../src/model/capture"
import type { PayerLensDb } from "../../src/storage/db"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { handleMessage } from "../../src/worker/dispatch"
import { listFixtures } from "../sandbox/pages"
import { EXT_ID, ok, snapshotDb, TEST_PASSPHRASE, workerDeps, type TestDeps } from "./helpers"

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const FULL_SNAPSHOT_EVERY = 500

const capture = (name: string) =>
  structuredClone(listFixtures().find((f) => f.name === name && f.portal === "availity")!.expected) as Capture
const CLAIM_KEY = "anthembluecrossblueshield|2026281AB0412"

/** One valid body per message type, the starting point of its mutations (a new message needs one here). */
const BASES: { [T in MessageType]: () => Record<string, unknown> } = {
  "capture/submit": () => ({ capture: capture("02-claim-detail") }),
  "overview/get": () => ({ limit: 6 }),
  "page/read": () => ({ tabId: 7 }),
  "site/always-read": () => ({ origin: "https://portal.example.com" }),
  "site/stop": () => ({ origin: "https://portal.example.com" }),
  "audit/list": () => ({}),
  "reminders/tick": () => ({}),
  "reminder/update": () => ({ id: "auth-low:x:2", action: "dismiss" }),
  "reminders/ics": () => ({}),
  "claim/resolve": () => ({ key: CLAIM_KEY, reason: "appealed" }),
  "claims/resolve": () => ({ keys: [CLAIM_KEY], reason: "written_off" }),
  "claim/appeal": () => ({
    key: CLAIM_KEY,
    action: { kind: "sent", level: "reconsideration", sentDate: "2026-11-20" }
  }),
  "settings/get": () => ({}),
  "settings/save": () => ({
    tracking: { ...DEFAULT_SETTINGS, authVisitsLeft: 1 },
    practice: { name: "Lakeside Counseling", npi: "", taxId: "", address: "" }
  }),
  "data/export": () => ({ passphrase: TEST_PASSPHRASE }),
  "data/wipe": () => ({ confirm: "DELETE" }),
  "data/import": () => ({ backup: "UGF5ZXJMZW5z", passphrase: TEST_PASSPHRASE }),
  "history/get": () => ({ recordKey: CLAIM_KEY }),
  "search/query": () => ({ text: "rivera" }),
  "patient/get": () => ({ key: "id:XGH884512301" }),
  "receivables/list": () => ({ filter: { bucket: "0-30" } }),
  "records/on-tab": () => ({ tabId: 7 }),
  "balances/list": () => ({}),
  "scrub/stored": () => ({}),
  "scrub/check": () => ({
    claim: {
      payer: "Aetna",
      patient: { name: "RIVERA, MARIA", memberId: "W123456789", dateOfBirth: null },
      serviceFrom: "2026-11-20",
      diagnosisCodes: ["F41.1"],
      lines: [
        {
          procedureCode: "90834",
          modifiers: [],
          units: 1,
          serviceDate: "2026-11-20",
          billedCents: 15000,
          paidCents: null,
          adjustments: [],
          remarkCodes: []
        }
      ]
    }
  }),
  "era/import": () => ({ files: [{ name: "week-46.835", text: "ISA*00*" }] }),
  "era/preview": () => ({ files: [{ name: "week-46.835", text: "ISA*00*" }] }),
  "payments/list": () => ({}),
  "vault/status": () => ({}),
  "vault/setup": () => ({ passphrase: "a different strong passphrase 77" }),
  "vault/unlock": () => ({ passphrase: TEST_PASSPHRASE }),
  "vault/lock": () => ({}),
  "vault/change-passphrase": () => ({ current: TEST_PASSPHRASE, next: "a different strong passphrase 77" })
}

/** Messages that change the store when our own pages send them, or whose refusal is itself recorded (a wrong
 * passphrase is written to the audit trail): fuzzed like the others, against a second store, and left out of the
 * "a refusal changes nothing" property. */
const STATEFUL = new Set<string>([
  "vault/lock",
  "vault/unlock",
  "vault/setup",
  "vault/change-passphrase",
  "data/wipe",
  "data/import",
  "data/export"
])

const TYPES = MESSAGES.map((m) => m.type)
const KNOWN_TYPES = new Set<string>(TYPES)
const BAD_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "type", "then"]

// big values made once, so a run that picks one costs nothing to build
const HUGE = ["A".repeat(2_000_000), "é𝄞\u0000\uffff".repeat(300_000), "a".repeat(140_000_001)]
const nested = (depth: number, leaf: unknown, asArray: boolean) => {
  let v: unknown = leaf
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v }
  return v
}
/** Frozen, so a mutation never writes into a value every run shares (it replaces it instead). */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length) {
    const v = stack.pop()
    if (typeof v === "object" && v !== null && !Object.isFrozen(v)) stack.push(...Object.values(Object.freeze(v)))
  }
  return value
}
const DEEP = deepFreeze([nested(10_000, "x", true), nested(10_000, 1, false), nested(200, { __proto__: null }, false)])
const BIG_ARRAY = Object.freeze(Array.from({ length: 100_000 }, (_, i) => `2026281AB${String(i).padStart(4, "0")}`))

/** Own-property "__proto__" keys, as JSON.parse makes them (what arrives over chrome.runtime messaging). */
const protoObject = fc
  .record({ key: fc.constantFrom(...BAD_KEYS), value: fc.jsonValue({ maxDepth: 2 }) })
  .map(({ key, value }) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)},"polluted":true}`))

const weird: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true }), weight: 6 },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 4 },
  { arbitrary: fc.constantFrom(...HUGE), weight: 1 },
  { arbitrary: fc.constantFrom(...DEEP), weight: 1 },
  { arbitrary: fc.constant(BIG_ARRAY), weight: 1 },
  { arbitrary: protoObject, weight: 2 },
  { arbitrary: fc.constantFrom(-0, NaN, Infinity, -1, 2 ** 53, 1e308, "", " ", "\u0000", "DELETE", null), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 2 }
)

/** A path into a body (a field, or a field of a nested object/array) and what is done there. */
type Mutation =
  | { kind: "set"; path: number[]; value: unknown }
  | { kind: "delete"; path: number[] }
  | { kind: "add"; key: string; value: unknown }
  | { kind: "as-json"; key: string; value: unknown }
  | { kind: "none" }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      value: weird
    }),
    weight: 8
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("delete" as const),
      path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 })
    }),
    weight: 2
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      key: fc.oneof(fc.constantFrom(...BAD_KEYS), fc.string()),
      value: weird
    }),
    weight: 2
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("as-json" as const),
      key: fc.constantFrom(...BAD_KEYS),
      value: fc.jsonValue({ maxDepth: 2 })
    }),
    weight: 2
  },
  { arbitrary: fc.constant({ kind: "none" as const }), weight: 1 }
)

const isContainer = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null
const isOwnContainer = (v: unknown): v is Record<string, unknown> => isContainer(v) && !Object.isFrozen(v)

/** Walks `path` (indexes into each level's keys) and changes what it reaches; a body without keys gets one. */
function mutate(body: Record<string, unknown>, m: Mutation): unknown {
  if (m.kind === "none") return body
  if (Object.isFrozen(body)) return body
  if (m.kind === "add") {
    Object.defineProperty(body, m.key, { value: m.value, enumerable: true, configurable: true, writable: true })
    return body
  }
  if (m.kind === "as-json") {
    // what JSON.parse makes of {"__proto__": …}: an own property, the way a message arrives from a page
    let text: string
    try {
      text = JSON.stringify(body)
    } catch {
      return body // too deep for JSON: no page could send it either
    }
    return JSON.parse(
      `{${JSON.stringify(m.key)}:${JSON.stringify(m.value) ?? "null"}${text.length > 2 ? "," : ""}${text.slice(1)}`
    )
  }
  let at: Record<string, unknown> = body
  for (let i = 0; i < m.path.length; i++) {
    const keys = Object.keys(at).filter((k) => k !== "type")
    if (keys.length === 0) {
      if (m.kind === "set") at.field = m.value
      return body
    }
    const key = keys[m.path[i] % keys.length]
    const last = i === m.path.length - 1 || !isOwnContainer(at[key])
    if (last) {
      if (m.kind === "set") at[key] = m.value
      else delete at[key]
      return body
    }
    at = at[key] as Record<string, unknown>
  }
  return body
}

const knownMessage = fc
  .record({
    // the stateful ones less often: most of them cost a key derivation (PBKDF2) when they get through
    type: fc.oneof(
      { arbitrary: fc.constantFrom(...TYPES.filter((t) => !STATEFUL.has(t))), weight: 4 },
      { arbitrary: fc.constantFrom(...TYPES.filter((t) => STATEFUL.has(t))), weight: 1 }
    ),
    mutations: fc.array(mutation, { minLength: 0, maxLength: 3 })
  })
  .map(({ type, mutations }) => {
    let body: unknown = { type, ...BASES[type]() }
    // as JSON first, while the body is small: a later mutation may put a 2 MB string or 10,000 levels in it
    const ordered = [...mutations].sort((a, b) => Number(b.kind === "as-json") - Number(a.kind === "as-json"))
    for (const m of ordered) if (isContainer(body)) body = mutate(body, m)
    return body
  })

const wrongType = fc.record({
  type: fc.oneof(
    weird,
    fc.constantFrom(...TYPES).map((t) => t.toUpperCase()),
    fc.constantFrom(...TYPES).map((t) => `${t} `),
    fc.constantFrom(...TYPES).map((t) => [t]),
    fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "db/drop", "")
  ),
  payload: weird
})

const message: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: knownMessage, weight: 12 },
  { arbitrary: wrongType, weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 2 },
  { arbitrary: weird, weight: 1 }
)

const LISTED = ["https://apps.availity.com/public/apps/claim-status/results", "https://secure.uhcprovider.com/claims"]
const OWN_PAGES = ["popup.html", "options.html", "sidepanel.html", "tabs/anything.html"]
const tabId = fc.oneof(fc.nat({ max: 1000 }), fc.constant(undefined))

const sender: fc.Arbitrary<SenderInfo> = fc.oneof(
  // our own pages: everything they send is parsed and handled
  {
    arbitrary: fc.constantFrom(...OWN_PAGES).map((p) => ({ id: EXT_ID, url: `chrome-extension://${EXT_ID}/${p}` })),
    weight: 6
  },
  // our content script on a listed portal: capture/submit only
  {
    arbitrary: fc
      .record({ url: fc.constantFrom(...LISTED), tab: fc.record({ id: tabId }) })
      .map((s) => ({ id: EXT_ID, ...s })),
    weight: 3
  },
  // our content script on any other site
  {
    arbitrary: fc
      .record({ url: fc.webUrl({ withQueryParameters: true }), tab: fc.record({ id: tabId }) })
      .map((s) => ({ id: EXT_ID, ...s })),
    weight: 2
  },
  // another extension, a web page, look-alikes of our origin, no address at all
  {
    arbitrary: fc.oneof(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 40 }),
        url: fc.constantFrom("chrome-extension://other/popup.html", `chrome-extension://${EXT_ID}/popup.html`)
      }),
      fc.record({ url: fc.webUrl(), tab: fc.record({ id: tabId }) }),
      fc.constantFrom<SenderInfo>(
        { id: EXT_ID, url: `chrome-extension://${EXT_ID}.evil.example/popup.html` },
        { id: EXT_ID, url: `chrome-extension://${EXT_ID}` },
        { id: EXT_ID },
        { id: EXT_ID, url: "not a url", tab: { id: 3 } },
        { id: EXT_ID, url: "https://apps.availity.com.evil.example/claims", tab: { id: 3 } },
        { id: EXT_ID, url: "http://apps.availity.com/claims", tab: { id: 3 } },
        {}
      )
    ),
    weight: 3
  }
)

/** Cheap enough for every refusal: what any write would change. */
async function digest(db: PayerLensDb): Promise<string> {
  const hash = createHash("sha256")
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys()
    hash.update(`${table.name}:${keys.length}:${JSON.stringify(keys)}`)
    if (table.schema.idxByName.seq) hash.update(JSON.stringify(await table.orderBy("seq").keys()))
  }
  const last = await db.audit.orderBy("seq").last()
  hash.update(JSON.stringify(last ?? null))
  for (const small of [db.settings, db.reminders, db.vault]) hash.update(serialize(await small.toArray()))
  return hash.digest("hex")
}

let main: Awaited<ReturnType<typeof workerDeps>>
let scratch: Awaited<ReturnType<typeof workerDeps>>
beforeAll(async () => {
  // "Read this page" on a tab: no tab here, so the reader cannot be injected (instead of waiting for a capture)
  const noTab = { injectReader: async () => Promise.reject(new Error("no such tab")) }
  main = await workerDeps(noTab)
  scratch = await workerDeps(noTab)
  const portal = { id: EXT_ID, url: LISTED[0], tab: { id: 7 } }
  for (const d of [main.d, scratch.d])
    for (const name of ["01-claim-status-results", "02-claim-detail", "03-auth-list"])
      ok(await handleMessage({ type: "capture/submit", capture: capture(name) }, portal, d))
}, 60_000)
async function renewScratch() {
  await scratch.db.delete()
  scratch = await workerDeps({ injectReader: async () => Promise.reject(new Error("no such tab")) })
}
afterAll(async () => {
  await main?.db.delete()
  await scratch?.db.delete()
})

function replyProblem(request: unknown, reply: unknown): string | null {
  if (!isContainer(reply)) return "the reply is not an object"
  if (reply.ok === false) return typeof reply.error === "string" && reply.error.length > 0 ? null : "no error text"
  const type = isContainer(request) && typeof request.type === "string" ? request.type : null
  if (!type || !KNOWN_TYPES.has(type)) return "a success reply to an unknown message"
  const checked = checkReply(type as MessageType, reply) as { ok: boolean; error?: string }
  return checked.ok === false && checked.error === UNREADABLE ? `the ${type} reply fails its schema` : null
}

describe("10,000 fuzzed messages at handleMessage", () => {
  it("has a base body for every message, valid for its schema", () => {
    for (const m of MESSAGES)
      expect(messageOf(m.type)!.request.safeParse({ type: m.type, ...BASES[m.type]() }).success, m.type).toBe(true)
  })

  it("replies with a failure or a schema-valid reply, and every refusal leaves the store unchanged", async () => {
    let n = 0
    let wholeDue = false
    const seen = { refused: 0, accepted: 0, checkedWhole: 0, byType: new Map<string, number>() }
    await fc.assert(
      fc.asyncProperty(message, sender, async (request, from) => {
        n++
        const type = isContainer(request) && typeof request.type === "string" ? request.type : ""
        const stateful = STATEFUL.has(type)
        const target: TestDeps = stateful ? scratch.d : main.d
        if (n % FULL_SNAPSHOT_EVERY === 0) wholeDue = true
        const whole = wholeDue && !stateful
        const before = stateful ? null : whole ? await snapshotDb(main.db) : await digest(main.db)
        const reply = await handleMessage(request, from, target)
        const problem = replyProblem(request, reply)
        if (problem) throw new Error(`${problem}: ${JSON.stringify(reply)?.slice(0, 300)}`)
        expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined()
        const refused = (reply as { ok: boolean }).ok === false
        if (refused) seen.refused++
        else seen.accepted++
        // a lock, wipe or new passphrase accepted: the next stateful message meets an unlocked store again
        if (stateful && !refused) await renewScratch()
        const outcome = `${type} ${refused ? "refused" : "accepted"}`
        if (KNOWN_TYPES.has(type)) seen.byType.set(outcome, (seen.byType.get(outcome) ?? 0) + 1)
        if (!refused || before === null) return
        if (whole) {
          wholeDue = false
          seen.checkedWhole++
          expect(await snapshotDb(main.db), `refused ${type} changed the store`).toEqual(before)
        } else expect(await digest(main.db), `refused ${type} changed the store`).toBe(before)
      }),
      { numRuns: RUNS, endOnFailure: true }
    )
    expect(n).toBe(RUNS)
    console.log(
      `fuzz: ${seen.refused} refused, ${seen.accepted} accepted; ${[...seen.byType]
        .sort()
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}`
    )
    // the fuzz reached handlers, not only the gate: some of each kind of outcome, the whole snapshot compared
    expect(seen.refused).toBeGreaterThan(RUNS / 2)
    expect(seen.accepted).toBeGreaterThan(100)
    expect(seen.checkedWhole).toBeGreaterThanOrEqual(Math.floor(RUNS / FULL_SNAPSHOT_EVERY) - 1)
  }, 120_000)
})
