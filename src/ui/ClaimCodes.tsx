// A claim's codes as its row shows them: the denial chips, the client's share and other adjustments kept apart,
// and for an open denial what each code means (DenialHelp). In a chunk of its own with the code tables, which
// the popup's first script cannot afford: the rows show at once and their codes follow (ClaimRow).
import { useEffect } from "react"
import type { AuthorizationRow } from "../messages/rows"
import type { StoredClaim } from "../model/records"
import { claimCodes } from "./codes"
import { DenialHelp } from "./DenialHelp"

export default function ClaimCodes({
  claim,
  auths,
  open
}: {
  claim: StoredClaim
  auths: AuthorizationRow[]
  open: boolean
}) {
  const { carcs, rarcs, share, other } = claimCodes(claim)
  // npm run bench reports when the first row's codes are on screen, beside the first view's time
  useEffect(
    () => void (performance.getEntriesByName("payerlens-codes").length || performance.mark("payerlens-codes")),
    []
  )
  return (
    <>
      {carcs.length + rarcs.length > 0 && (
        <div className="codes" aria-label="Denial codes">
          {carcs.map((code) => (
            <code key={code} className="carc">
              {code}
            </code>
          ))}
          {rarcs.map((code) => (
            <code key={code} className="rarc">
              {code}
            </code>
          ))}
        </div>
      )}
      {share.length + other.length > 0 && (
        <div className="codes quiet" aria-label="Other adjustments (not denials)">
          {share.length > 0 && <span data-testid="client-share">Client's share: {share.join(", ")}</span>}
          {share.length > 0 && other.length > 0 && " · "}
          {other.length > 0 && <span>Not a denial: {other.join(", ")}</span>}
        </div>
      )}
      {open && <DenialHelp claim={claim} auths={auths} />}
    </>
  )
}
