// X12 dates (CCYYMMDD) as ISO dates. A value that is not a real calendar date (BPR16 "20002316") is null, and so
// are the sentinels some payers write for "no date" (19000101, 99991231): they are not dates of service.
const PLACEHOLDERS = new Set(["19000101", "99991231"])

const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31

export function x12Date(raw: string | undefined): string | null {
  if (!raw || raw.length !== 8 || !/^\d{8}$/.test(raw) || PLACEHOLDERS.has(raw)) return null
  const y = Number(raw.slice(0, 4))
  const m = Number(raw.slice(4, 6))
  const d = Number(raw.slice(6, 8))
  if (y < 1901 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`
}
