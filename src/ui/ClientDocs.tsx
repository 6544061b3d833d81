// The client's documents, each opened from a row and loaded only then (with pdf-lib and the fonts when a PDF is
// saved): "Explain to the client" for a processed claim, a superbill for a patient, a good-faith estimate.
import { useEffect, useState } from "react"
import type { StoredClaim } from "../model/records"
import type { PracticeInfo } from "../model/practice"
import type { PatientAnswer } from "../messages/patient-get"
import { localDate } from "../dates/calendar"
import { useApi } from "./api"
import { ClientStatement } from "./ClientStatement"
import { EstimateForm } from "./EstimateForm"
import { loadPdfFonts } from "./pdf-fonts"
import { SuperbillForm, type PracticeDetails, type ProviderDetails } from "./SuperbillForm"

function usePractice(): PracticeInfo | null | "failed" {
  const api = useApi()
  const [practice, setPractice] = useState<PracticeInfo | null | "failed">(null)
  useEffect(() => void api.settings().then((r) => setPractice(r.ok ? r.practice : "failed")), [api])
  return practice
}

const practiceDetails = (p: PracticeInfo): PracticeDetails => ({
  name: p.name,
  address: p.address,
  phone: p.phone ?? "",
  npi: p.npi,
  taxId: p.taxId
})
const providersOf = (p: PracticeInfo): ProviderDetails[] =>
  (p.providers ?? []).map((v) => ({
    name: v.name,
    credentials: v.credentials || undefined,
    npi: v.npi || undefined,
    license: v.license || undefined
  }))

const loading = (
  <p className="empty" role="status">
    Loading…
  </p>
)

export function StatementView({ claim, onBack }: { claim: StoredClaim; onBack: () => void }) {
  const practice = usePractice()
  if (practice === null) return loading
  const p = practice === "failed" ? undefined : { name: practice.name, phone: practice.phone }
  return <ClientStatement claim={claim} practice={p} loadFonts={loadPdfFonts} onBack={onBack} />
}

export function SuperbillView({ patientKey, onBack }: { patientKey: string; onBack: () => void }) {
  const api = useApi()
  const practice = usePractice()
  const [found, setFound] = useState<PatientAnswer | string | null>(null)
  useEffect(() => void api.patient(patientKey).then((r) => setFound(r.ok ? r : r.error)), [api, patientKey])
  if (practice === null || found === null) return loading
  if (typeof found === "string")
    return (
      <p role="alert" className="error">
        {found}
      </p>
    )
  const p = practice === "failed" ? null : practice
  const dob =
    found.claims.find((c) => c.patient.dateOfBirth)?.patient.dateOfBirth ??
    found.authorizations.find((a) => a.patient.dateOfBirth)?.patient.dateOfBirth ??
    ""
  return (
    <SuperbillForm
      practice={p ? practiceDetails(p) : { name: "", address: "", phone: "", npi: "", taxId: "" }}
      providers={p ? providersOf(p) : []}
      client={{
        name: found.patient.name ?? "",
        dateOfBirth: dob,
        insurer: found.patient.payers[0],
        memberId: found.patient.memberId ?? undefined
      }}
      claims={found.claims}
      fees={p?.fees ?? {}}
      today={localDate(new Date())}
      loadFonts={loadPdfFonts}
      onBack={onBack}
    />
  )
}

export function EstimateView({ onBack }: { onBack?: () => void }) {
  const practice = usePractice()
  if (practice === null) return loading
  const p = practice === "failed" ? null : practice
  return (
    <EstimateForm
      practice={p ? practiceDetails(p) : { name: "", address: "", phone: "", npi: "", taxId: "" }}
      providers={p ? providersOf(p) : []}
      fees={p?.fees ?? {}}
      state={p?.state}
      today={localDate(new Date())}
      loadFonts={loadPdfFonts}
      onBack={onBack}
    />
  )
}
