const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** An X12 decimal (R) amount as integer cents, by string arithmetic (no floating point): "9.2" → 920,
 * "-42.58" → -4258, "1790" → 179000. More than two decimals round half away from zero. Empty → null; not an
 * amount (or beyond a safe integer) → undefined, for the caller to name. */
export function toCents(raw: string | undefined): number | null | undefined {
  if (raw === undefined || raw === "") return null
  const m = DECIMAL.exec(raw)
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined
  const whole = m[2] === "" ? 0 : Number(m[2])
  const frac = m[3] ?? ""
  let cents = whole * 100 + (frac.length >= 2 ? Number(frac.slice(0, 2)) : frac.length === 1 ? Number(frac) * 10 : 0)
  if (frac.length > 2 && frac.charCodeAt(2) >= 53 /* "5" */) cents += 1
  if (!Number.isSafeInteger(cents)) return undefined
  return m[1] === "-" && cents !== 0 ? -cents : cents
}

/** An X12 decimal quantity (units); empty → null, not a number → undefined. */
export function toQuantity(raw: string | undefined): number | null | undefined {
  if (raw === undefined || raw === "") return null
  const m = DECIMAL.exec(raw)
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined
  return Number(raw)
}

/** $1,234.56 / -$1.27, for messages. */
export function formatDollars(cents: number): string {
  const abs = Math.abs(cents)
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${cents < 0 ? "-" : ""}$${dollars}.${String(abs % 100).padStart(2, "0")}`
}
