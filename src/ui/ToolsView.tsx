// The "Check & code" view: likely denials before a claim goes out, the session coder, and ICD-10-CM codes. Loaded
// only when the tab is opened (its rules and code tables stay out of the popup's first script).
import type { AuthorizationRow } from "../messages/rows"
import type { ClaimActions } from "./ClaimRow"
import { DiagnosisSearch } from "./DiagnosisSearch"
import { DraftCheck, StoredFindings } from "./PreSubmitCheck"
import { SessionCoder } from "./SessionCoder"

export default function ToolsView({ auths, actions }: { auths: AuthorizationRow[]; actions: ClaimActions }) {
  return (
    <>
      <section aria-labelledby="check-h">
        <h2 id="check-h">Check before you submit</h2>
        <StoredFindings auths={auths} actions={actions} />
        <DraftCheck />
      </section>
      <SessionCoder />
      <DiagnosisSearch />
    </>
  )
}
