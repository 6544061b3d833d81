const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** An X12 decimal (R) amount as integer cents, by integer arithmetic over the digits (no floating point): "9.2" →
 * 920, "-42.58" → -4258, "1790" → 179000. More than two decimals round half away from zero. Empty → null; not an
 * amount (or beyond a safe integer) → undefined, for the caller to name. Hand-rolled: it runs for every amount. */
export function toCents(raw: string | undefined): number | null | undefined {
  if (raw === undefined || raw === "") return null
  let i = 0
  const sign = raw.charCodeAt(0)
  if (sign === 45 /* - */ || sign === 43 /* + */) i = 1
  let whole = 0
  let frac = 0
  let fracDigits = -1 // -1: no decimal point yet
  let digits = 0
  let roundUp = false
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 46 /* . */) {
      if (fracDigits >= 0) return undefined
      fracDigits = 0
      continue
    }
    if (c < 48 || c > 57) return undefined
    digits++
    if (fracDigits < 0) whole = whole * 10 + (c - 48)
    else {
      if (fracDigits < 2) frac = frac * 10 + (c - 48)
      else if (fracDigits === 2) roundUp = c >= 53
      fracDigits++
    }
  }
  if (digits === 0) return undefined
  const cents = whole * 100 + (fracDigits === 1 ? frac * 10 : frac) + (roundUp ? 1 : 0)
  if (!Number.isSafeInteger(cents)) return undefined
  return sign === 45 && cents !== 0 ? -cents : cents
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
