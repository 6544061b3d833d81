// Names for the replies the views hold on to (each is its message's reply type).
import type { ReplyOf } from "./index"

export type OverviewResponse = ReplyOf<"overview/get">
export type SearchResponse = ReplyOf<"search/query">
export type PatientResponse = ReplyOf<"patient/get">
export type OnPageResponse = ReplyOf<"records/on-tab">
export type ReceivablesListResponse = ReplyOf<"receivables/list">
export type { OverviewAnswer, ReceivableRow, ReminderView, KeptAnswer } from "./shapes"
