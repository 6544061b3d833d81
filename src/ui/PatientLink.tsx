import type { StoredClaim } from "../model/records"
import { patientKey } from "../browse/patient"

/** The patient's name; a link to the patient view where one can be opened. */
export function PatientLink({
  patient,
  onPatient
}: {
  patient: StoredClaim["patient"]
  onPatient?: (key: string) => void
}) {
  const key = patientKey(patient)
  const label = patient.name ?? (patient.memberId ? `Member ${patient.memberId}` : "Patient not shown")
  if (!key || !onPatient) return <strong className="patient">{label}</strong>
  return (
    <button type="button" className="link patient" onClick={() => onPatient(key)} aria-label={`Open patient ${label}`}>
      {label}
    </button>
  )
}
