// What the popup loads once its first view is painted, as one chunk: the API (api.ts, with zod and every
// message's schema), the first answer's full check by those schemas, the gate giving later views api.ts's
// context, and the views the first paint does not show (search results, a patient, A/R with its drill-down,
// patient balances). One chunk, so zod and the schemas are loaded and compiled once (Parcel copies a module
// into every chunk that imports it apart).
// Parcel note: a dynamic import must name a module no page imports statically (options imports
// messages/send and messages/shapes); otherwise Parcel shares that chunk into the page's HTML and runs it before
// the chunk it needs ("Cannot find module").
export { makeApi } from "./api"
export { default as ApiGate } from "./api-gate"
export { keptAnswer, overviewReply } from "./full-check"
export { SearchResults } from "./SearchResults"
export { PatientView } from "./PatientView"
export { Receivables } from "./Receivables"
export { PatientBalances } from "./PatientBalances"
