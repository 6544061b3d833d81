// The "Check & code" view: likely denials before a claim goes out, the session coder, and ICD-10-CM codes. Loaded
// only when the tab is opened (its rules and code tables stay out of the popup's first script).
import type { AuthorizationRow } from "../messages/rows"
import type { ClaimActions } from "./ClaimRow"
import { DiagnosisSearch } from "./DiagnosisSearch"
import { DraftCheck, StoredFindings } from "./PreSubmitCheck"
import { CODER_CSS, SessionCoder } from "./SessionCoder"

export default function ToolsView({ auths, actions }: { auths: AuthorizationRow[]; actions: ClaimActions }) {
  return (
    <>
      <style>{CODER_CSS}</style>
      <section aria-labelledby="check-h">
        <h2 id="check-h">Check before you submit</h2>
        <StoredFindings auths={auths} actions={actions} />
        <DraftCheck />
      </section>
      <section aria-labelledby="coder-h">
        <h2 id="coder-h">Session coder</h2>
        <SessionCoder />
      </section>
      <section aria-labelledby="dx-h">
        <h2 id="dx-h">Diagnosis codes (ICD-10-CM, chapter F)</h2>
        <DiagnosisSearch />
      </section>
    </>
  )
}
