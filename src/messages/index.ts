// Every message the background worker answers. Adding one: a module beside this file (see define.ts), listed
// here; tests/unit/messages.test.ts checks each has its schemas, sender policy and handler.
import type { Infer } from "../model/zod"
import { auditList } from "./audit-list"
import { balancesList } from "./balances-list"
import { captureSubmit } from "./capture-submit"
import { claimAppeal } from "./claim-appeal"
import { claimResolve } from "./claim-resolve"
import { claimsResolve } from "./claims-resolve"
import { dataExport } from "./data-export"
import { dataImport } from "./data-import"
import { dataWipe } from "./data-wipe"
import { eraImport } from "./era-import"
import { eraPreview } from "./era-preview"
import { historyGet } from "./history-get"
import { overviewGet } from "./overview-get"
import { pageRead } from "./page-read"
import { patientGet } from "./patient-get"
import { paymentsList } from "./payments-list"
import { receivablesList } from "./receivables-list"
import { recordsOnTab } from "./records-on-tab"
import { remindersIcs } from "./reminders-ics"
import { remindersTick } from "./reminders-tick"
import { reminderUpdate } from "./reminder-update"
import { scrubCheck } from "./scrub-check"
import { scrubStored } from "./scrub-stored"
import { searchQuery } from "./search-query"
import { settingsGet } from "./settings-get"
import { settingsSave } from "./settings-save"
import { siteAlwaysRead } from "./site-always-read"
import { siteStop } from "./site-stop"
import { vaultChangePassphrase } from "./vault-change-passphrase"
import { vaultLock } from "./vault-lock"
import { vaultSetup } from "./vault-setup"
import { vaultStatus } from "./vault-status"
import { vaultUnlock } from "./vault-unlock"

export const MESSAGES = [
  captureSubmit,
  overviewGet,
  pageRead,
  siteAlwaysRead,
  siteStop,
  auditList,
  remindersTick,
  reminderUpdate,
  remindersIcs,
  claimResolve,
  claimsResolve,
  claimAppeal,
  settingsGet,
  settingsSave,
  dataExport,
  dataWipe,
  dataImport,
  historyGet,
  searchQuery,
  patientGet,
  receivablesList,
  recordsOnTab,
  balancesList,
  scrubStored,
  scrubCheck,
  vaultStatus,
  vaultSetup,
  vaultUnlock,
  vaultLock,
  vaultChangePassphrase,
  eraImport,
  eraPreview,
  paymentsList
] as const

type AnyMessage = (typeof MESSAGES)[number]
export type MessageType = AnyMessage["type"]
type MessageOf<T extends MessageType> = Extract<AnyMessage, { type: T }>
export type RequestOf<T extends MessageType> = Infer<MessageOf<T>["request"]>
export type ReplyOf<T extends MessageType> = Infer<MessageOf<T>["reply"]>
/** A request without its `type`: what `send(type, body)` takes. */
export type BodyOf<T extends MessageType> = Omit<RequestOf<T>, "type">
export type Request = RequestOf<MessageType>

const BY_TYPE = new Map<string, AnyMessage>(MESSAGES.map((m) => [m.type, m]))
export const messageOf = (type: string): AnyMessage | undefined => BY_TYPE.get(type)
