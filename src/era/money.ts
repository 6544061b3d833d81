import { EraError } from "./errors"

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** An X12 decimal (R) amount as integer cents, by string arithmetic (no floating point): "9.2" → 920,
 * "-42.58" → -4258, "1790" → 179000. More than two decimals round half away from zero. Empty → null. */
export function parseCents(raw: string | undefined, what: string): number | null {
  if (raw === undefined || raw === "") return null
  const m = DECIMAL.exec(raw)
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new EraError(`${what} is not an amount`)
  const whole = m[2] === "" ? 0 : Number(m[2])
  const frac = (m[3] ?? "").padEnd(3, "0")
  let cents = whole * 100 + Number(frac.slice(0, 2))
  if (Number(frac[2]) >= 5) cents += 1
  if (!Number.isSafeInteger(cents)) throw new EraError(`${what} is too large`)
  return m[1] === "-" && cents !== 0 ? -cents : cents
}

/** A required amount: empty is an error. */
export function requireCents(raw: string | undefined, what: string): number {
  const cents = parseCents(raw, what)
  if (cents === null) throw new EraError(`${what} is missing`)
  return cents
}

/** An X12 decimal quantity (units); empty → null. */
export function parseQuantity(raw: string | undefined, what: string): number | null {
  if (raw === undefined || raw === "") return null
  if (!DECIMAL.test(raw) || raw === "." || raw === "-" || raw === "+") throw new EraError(`${what} is not a number`)
  return Number(raw)
}

/** $1,234.56 / -$1.27, for messages. */
export function formatDollars(cents: number): string {
  const abs = Math.abs(cents)
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${cents < 0 ? "-" : ""}$${dollars}.${String(abs % 100).padStart(2, "0")}`
}
