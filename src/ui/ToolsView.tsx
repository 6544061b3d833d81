// The "Check & code" view: likely denials before a claim goes out, the session coder, and ICD-10-CM codes. Loaded
// only when the tab is opened (its rules and code tables stay out of the popup's first script).
import type { AuthorizationRow } from "../messages/rows"
import type { ClaimActions } from "./ClaimRow"
import { DiagnosisSearch } from "./DiagnosisSearch"
import { DraftCheck, StoredFindings } from "./PreSubmitCheck"
import { SessionCoder } from "./SessionCoder"

type Props = { auths: AuthorizationRow[]; actions: ClaimActions; onEstimate?: () => void }

export default function ToolsView({ auths, actions, onEstimate }: Props) {
  return (
    <>
      <section aria-labelledby="check-h">
        <h2 id="check-h">Check before you submit</h2>
        <StoredFindings auths={auths} actions={actions} />
        <DraftCheck />
      </section>
      <SessionCoder />
      <DiagnosisSearch />
      {onEstimate && (
        <section aria-labelledby="gfe-h">
          <h2 id="gfe-h">Good-faith estimate</h2>
          <p className="hint">
            For a self-pay or uninsured client (No Surprises Act): the expected services and fees, as a PDF.
          </p>
          <button type="button" className="secondary" onClick={onEstimate}>
            Write a good-faith estimate
          </button>
        </section>
      )}
    </>
  )
}
