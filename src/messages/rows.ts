// Kept for the views that import the row from here; the schema lives in src/model/authorization-row.ts.
export { AuthorizationRow } from "../model/authorization-row"
