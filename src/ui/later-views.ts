// The views the popup's first paint does not show, one chunk loaded after it (App.tsx): search results, a
// patient, A/R with its drill-down, patient balances.
export { SearchResults } from "./SearchResults"
export { PatientView } from "./PatientView"
export { Receivables } from "./Receivables"
export { PatientBalances } from "./PatientBalances"
