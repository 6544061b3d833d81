// One patient across PayerLens: a member ID where the page showed one, otherwise the name. Records without a
// member ID join the patient with the same name, so a claim list that shows names only still counts.
import type { StoredAuthorization, StoredClaim } from "../model/records"

type Patient = StoredClaim["patient"]
const normalNames = new Map<string, string>()
/** A name's words, lowercase and sorted: "RIVERA, MARIA" and "Maria Rivera" read alike. (Kept per spelling: the
 * forecast looks up thousands of claims' names.) */
export function normalName(name: string): string {
  let normal = normalNames.get(name)
  if (normal === undefined) {
    if (normalNames.size > 50_000) normalNames.clear()
    normalNames.set(
      name,
      (normal = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim()
        .split(" ")
        .sort()
        .join(" "))
    )
  }
  return normal
}

/** "id:<member ID>" or "name:<name words, sorted>" ("RIVERA, MARIA" and "Maria Rivera" are one person). */
export function patientKey(p: Patient): string | null {
  if (p.memberId) return `id:${p.memberId.toUpperCase()}`
  if (p.name) return `name:${normalName(p.name)}`
  return null
}

/** Two records are the same person when their member IDs match — or, where either shows no member ID, their
 * names do (word order and case aside). Two different member IDs are two people, whatever the names. */
export function samePerson(a: Patient, b: Patient): boolean {
  // exact matches first: the forecast compares thousands of pairs, nearly all of them spelled alike
  if (a.memberId && b.memberId)
    return a.memberId === b.memberId || a.memberId.toUpperCase() === b.memberId.toUpperCase()
  return !!a.name && !!b.name && (a.name === b.name || normalName(a.name) === normalName(b.name))
}

export type PatientSummary = {
  key: string
  name: string | null
  memberId: string | null
  payers: string[]
  claims: number
  authorizations: number
}

export function summarisePatients(claims: StoredClaim[], auths: StoredAuthorization[]): PatientSummary[] {
  const byKey = new Map<string, PatientSummary>()
  const add = (r: StoredClaim | StoredAuthorization, kind: "claims" | "authorizations") => {
    const key = patientKey(r.patient)
    if (!key) return
    let s = byKey.get(key)
    if (!s)
      byKey.set(
        key,
        (s = { key, name: r.patient.name, memberId: r.patient.memberId, payers: [], claims: 0, authorizations: 0 })
      )
    s.name ??= r.patient.name
    if (r.payer && !s.payers.includes(r.payer)) s.payers.push(r.payer)
    s[kind]++
  }
  for (const c of claims) add(c, "claims")
  for (const a of auths) add(a, "authorizations")
  return [...byKey.values()].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""))
}

function belongs(p: Patient, key: string, name: string | null): boolean {
  if (patientKey(p) === key) return true
  // records that show no member ID join by name
  return !p.memberId && !!p.name && !!name && normalName(p.name) === normalName(name)
}

export type PatientRecords = { patient: PatientSummary; claims: StoredClaim[]; authorizations: StoredAuthorization[] }

/** Every claim and authorization of one patient, newest first; null when nothing is stored for that key. */
export function patientRecords(
  claims: StoredClaim[],
  auths: StoredAuthorization[],
  key: string
): PatientRecords | null {
  const anchor = [...auths, ...claims].find((r) => patientKey(r.patient) === key)
  if (!anchor) return null
  const name = anchor.patient.name
  const theirClaims = claims
    .filter((c) => belongs(c.patient, key, name))
    .sort((a, b) => (b.serviceFrom ?? "").localeCompare(a.serviceFrom ?? ""))
  const theirAuths = auths
    .filter((a) => belongs(a.patient, key, name))
    .sort((a, b) => (b.endDate ?? "").localeCompare(a.endDate ?? ""))
  const payers = [...new Set([...theirAuths, ...theirClaims].flatMap((r) => (r.payer ? [r.payer] : [])))]
  const patient = {
    key,
    name,
    memberId: anchor.patient.memberId,
    payers,
    claims: theirClaims.length,
    authorizations: theirAuths.length
  }
  return { patient, claims: theirClaims, authorizations: theirAuths }
}
