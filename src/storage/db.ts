// The IndexedDB schema. Stored shapes change only through a new this.version(n) with an upgrade(),
// each with a test that opens a database of the previous version (tests/unit/storage-migrations.test.ts).
import Dexie, { type DexieOptions, type Table } from "dexie"
import type {
  CaptureLogRow,
  HistoryRow,
  ReminderState,
  SettingRow,
  StoredAuthorization,
  StoredClaim
} from "../model/records"
import { DEFAULT_SETTINGS, migrateSettings } from "../tracking/settings"
import { payerKey } from "../model/payer"
import { statusOfClaim } from "../model/claim-status"
import type { AuditEntry } from "../crypto/audit"
import type { SealedRecord } from "../crypto/seal-record"

/** A sealed record as stored: the sealed form plus its place in the write order. */
export type SealedRow = SealedRecord & { seq: number }
/** The history rows one write added, in one box, with the blind ids of the records they are about. */
export type HistoryBatch = { seq: number; recordIds: string[]; box: Uint8Array }
/** Any other sealed value kept by blind id (payments). */
export type SealedBox = { id: string; seq: number; box: Uint8Array }
/** The key file, the snapshot, the reminder schedule. */
export type VaultRow = { name: string; value: unknown }

export const DB_NAME = "payerlens"

export const SCHEMA_V1 = {
  claims: "key, status, payer, patient.memberId, serviceFrom, lastChangedAt",
  authorizations: "key, status, payer, patient.memberId, endDate, lastChangedAt",
  history: "++id, recordKey, at",
  captures: "++id, at",
  settings: "key"
}

/** v2: reminder states (fired, snoozed, dismissed), and the tracking settings seeded with their defaults. */
export const SCHEMA_V2 = { ...SCHEMA_V1, reminders: "id, recordKey, firedAt" }
export const SETTINGS_KEY = "tracking"
/** v3: no index changes; stored claims re-classified by the claim status rule's revision 2. */
export const SCHEMA_V3 = SCHEMA_V2
/** v4: no index changes; claims may carry the appeals the user recorded (`appeals`), and the tracking settings'
 * old timely-filing days become overrides of the deadline table (`payerRules`): a value the user changed is kept,
 * the old defaults (Medicare 365, Medicaid 95 …) are dropped so the table's sourced defaults apply. */
export const SCHEMA_V4 = SCHEMA_V3
/** v5: the protected store (issue 14). Records, history and payments are sealed (src/crypto/seal-record.ts) in
 * new tables keyed by blind indexes; `seq` orders writes so an unlock opens the kept snapshot and only what came
 * after it. `vault` holds the key file, the snapshot and the locked worker's reminder schedule; `lockedCaptures`
 * the captures made while locked (sealed to the capture public key); `audit` the hash-chained trail. The v4
 * tables stay declared: a database written before v5 keeps its clear rows until the passphrase is set up, which
 * seals them and empties those tables in one transaction (src/storage/setup.ts). */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  sealedClaims: "id, seq",
  sealedAuthorizations: "id, seq",
  sealedHistory: "seq, *recordIds",
  payments: "id, seq",
  vault: "name",
  lockedCaptures: "++id",
  audit: "seq"
}

export class PayerLensDb extends Dexie {
  claims!: Table<StoredClaim, string>
  authorizations!: Table<StoredAuthorization, string>
  history!: Table<HistoryRow, number>
  captures!: Table<CaptureLogRow, number>
  settings!: Table<SettingRow, string>
  reminders!: Table<ReminderState, string>
  sealedClaims!: Table<SealedRow, string>
  sealedAuthorizations!: Table<SealedRow, string>
  sealedHistory!: Table<HistoryBatch, number>
  payments!: Table<SealedBox, string>
  vault!: Table<VaultRow, string>
  lockedCaptures!: Table<{ id?: number; at: string; sealed: string }, number>
  audit!: Table<AuditEntry, number>

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores(SCHEMA_V1)
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        if (!(await tx.table("settings").get(SETTINGS_KEY)))
          await tx.table("settings").put({ key: SETTINGS_KEY, value: DEFAULT_SETTINGS })
      })
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const at = new Date().toISOString()
        const changed: HistoryRow[] = []
        await tx
          .table<StoredClaim, string>("claims")
          .toCollection()
          .modify((claim) => {
            const status = statusOfClaim(claim)
            if (status === claim.status) return
            changed.push({
              recordKind: "claim",
              recordKey: claim.key,
              at,
              sourceUrl: "",
              changes: [{ field: "status", from: claim.status, to: status }]
            })
            claim.status = status
          })
        await tx.table<HistoryRow, number>("history").bulkAdd(changed)
      })
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const settings = tx.table<SettingRow, string>("settings")
        const row = await settings.get(SETTINGS_KEY)
        if (row) await settings.put({ key: SETTINGS_KEY, value: migrateSettings(row.value) })
      })
    this.version(5).stores(SCHEMA_V5)
    this.on("populate", (tx) => void tx.table("settings").put({ key: SETTINGS_KEY, value: DEFAULT_SETTINGS }))
  }
}

export { payerKey }
/** A claim's key is payer + claim number; an authorization's is payer + authorization number. */
export const recordKey = (payer: string | null, portal: string, number: string) =>
  `${payerKey(payer, portal)}|${number.toUpperCase()}`
export const claimKey = recordKey
export const authKey = recordKey
