// A rough passphrase strength estimate, in the manner of zxcvbn but small and without a dictionary download:
// the passphrase is cut into pieces (common words, runs, sequences, years, single characters) and each piece
// is charged the bits an attacker's guesser would need for it. The score is a guide, not a proof.
//
// The setup minimum follows NIST SP 800-63B Rev. 4 §3.1.1.2 (2025): a password used as the only factor is at
// least 15 characters; no composition rules (no "must contain a digit"); checked against a blocklist of
// commonly used and expected values. https://pages.nist.gov/800-63-4/sp800-63b.html
import { COMMON_PASSWORDS } from "./common-passwords"

export const MIN_PASSPHRASE_LENGTH = 15
/** The score setup requires ("strong"). */
export const MIN_PASSPHRASE_SCORE = 3
/** Pieces past this many characters are charged as plain characters (the estimate stays fast on long input). */
const ANALYSED = 256

export const STRENGTH_LABELS = ["very weak", "weak", "fair", "strong", "very strong"] as const
export type StrengthScore = 0 | 1 | 2 | 3 | 4

export type Strength = {
  score: StrengthScore
  label: (typeof STRENGTH_LABELS)[number]
  /** the estimated guesses, as bits (log2) */
  bits: number
  /** what would make it stronger; empty when there is nothing to say */
  advice: string[]
  /** meets the setup minimum: at least MIN_PASSPHRASE_LENGTH characters and a score of at least MIN_PASSPHRASE_SCORE */
  acceptable: boolean
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "@": "a",
  "5": "s",
  $: "s",
  "7": "t",
  "!": "i",
  "|": "l"
}
const KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]

/** Score thresholds in bits: below 20 very weak, 35 weak, 50 fair, 65 strong, else very strong. */
const THRESHOLDS = [20, 35, 50, 65]

type Piece = { kind: "common" | "run" | "sequence" | "year" | "char"; length: number; bits: number }

function poolSize(chars: string[]): number {
  let pool = 0
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10
  if (chars.some((c) => c === " ")) pool += 1
  if (chars.some((c) => /[!-/:-@[-`{-~]/.test(c))) pool += 33
  if (chars.some((c) => c > "~")) pool += 100
  return Math.max(pool, 1)
}

const deleet = (s: string) => [...s].map((c) => LEET[c] ?? c).join("")

function longestWord(lower: string, swapped: string, at: number, words: ReadonlySet<string>, longest: number): number {
  for (let len = Math.min(longest, lower.length - at); len >= 4; len--) {
    if (words.has(lower.slice(at, at + len)) || words.has(swapped.slice(at, at + len))) return len
  }
  return 0
}

function runAt(chars: string[], at: number): number {
  let end = at + 1
  while (end < chars.length && chars[end] === chars[at]) end++
  return end - at
}

/** Length of an alphabetical, numerical or keyboard-row run (up or down) starting at `at`; 0 when under 3. */
function sequenceAt(lower: string[], at: number): number {
  let best = 0
  for (const step of [1, -1]) {
    let end = at + 1
    while (
      end < lower.length &&
      lower[end].length === 1 &&
      lower[end].charCodeAt(0) - lower[end - 1].charCodeAt(0) === step &&
      /[a-z0-9]/.test(lower[end])
    )
      end++
    best = Math.max(best, end - at)
  }
  for (const row of KEYBOARD_ROWS)
    for (const r of [row, [...row].reverse().join("")]) {
      let i = r.indexOf(lower[at])
      if (i < 0) continue
      let end = at + 1
      while (end < lower.length && r[++i] === lower[end]) end++
      best = Math.max(best, end - at)
    }
  return best >= 3 ? best : 0
}

function pieces(chars: string[], words: ReadonlySet<string>, longest: number): Piece[] {
  const lowerChars = chars.map((c) => c.toLowerCase())
  const lower = lowerChars.join("")
  const swapped = deleet(lower)
  const same = lower.length === chars.length // code points and UTF-16 units line up (no astral characters)
  const perChar = Math.log2(poolSize(chars))
  const out: Piece[] = []
  for (let at = 0; at < chars.length;) {
    const analysed = at < ANALYSED
    const word = analysed && same ? longestWord(lower, swapped, at, words, longest) : 0
    if (word) {
      const segment = chars.slice(at, at + word)
      const capitals = segment.some((c) => c !== c.toLowerCase()) ? 1 : 0
      const swaps = lower.slice(at, at + word) !== swapped.slice(at, at + word) ? 1 : 0
      out.push({ kind: "common", length: word, bits: Math.log2(words.size) + capitals + swaps })
      at += word
      continue
    }
    const year = analysed && /^(19|20)\d\d$/.test(chars.slice(at, at + 4).join("")) ? 4 : 0
    if (year) {
      out.push({ kind: "year", length: 4, bits: Math.log2(200) })
      at += 4
      continue
    }
    const run = analysed ? runAt(chars, at) : 1
    if (run >= 3) {
      out.push({ kind: "run", length: run, bits: perChar + Math.log2(run) })
      at += run
      continue
    }
    const sequence = analysed ? sequenceAt(lowerChars, at) : 0
    if (sequence) {
      out.push({ kind: "sequence", length: sequence, bits: Math.log2(26) + Math.log2(sequence) + 1 })
      at += sequence
      continue
    }
    out.push({ kind: "char", length: 1, bits: perChar })
    at += 1
  }
  return out
}

/** The shortest block that, repeated, makes the whole string ("abcabcabc" → 3), or the string's length. */
function repeatedBlock(chars: string[]): number {
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size) continue
    let repeats = true
    for (let i = size; i < chars.length && repeats; i++) repeats = chars[i] === chars[i % size]
    if (repeats) return size
  }
  return chars.length
}

function estimate(
  chars: string[],
  words: ReadonlySet<string>,
  longest: number
): { bits: number; found: Set<Piece["kind"]> } {
  const block = repeatedBlock(chars)
  const parts = pieces(chars.slice(0, block), words, longest)
  const found = new Set(parts.filter((p) => p.kind !== "char").map((p) => p.kind))
  const copies = chars.length / block
  if (copies > 1) found.add("run")
  const bits = parts.reduce((sum, p) => sum + p.bits, 0) + (copies > 1 ? Math.log2(copies) : 0)
  return { bits, found }
}

const scoreOf = (bits: number): StrengthScore => THRESHOLDS.filter((t) => bits >= t).length as StrengthScore

export type StrengthOptions = {
  /** words this user would be guessed by: the practice's name, the user's name, an email address */
  context?: string[]
}

/** Estimates a passphrase's strength. Pure; nothing is sent anywhere; the passphrase never appears in the advice. */
export function assessPassphrase(passphrase: string, options: StrengthOptions = {}): Strength {
  const chars = [...passphrase.normalize("NFKC")]
  const contextWords = (options.context ?? [])
    .flatMap((c) => c.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 4)
  const words = contextWords.length ? new Set([...COMMON_PASSWORDS, ...contextWords]) : COMMON_PASSWORDS
  let longest = 0
  for (const w of words) longest = Math.max(longest, w.length)

  const lower = chars.join("").toLowerCase()
  const trimmed = lower.replace(/^[^a-z]+|[^a-z]+$/g, "")
  const isCommon =
    chars.length > 0 &&
    (words.has(lower) ||
      words.has(deleet(lower)) ||
      words.has(trimmed) ||
      words.has(deleet(trimmed).replace(/[^a-z]+$/, "")))
  const { bits, found } = chars.length ? estimate(chars, words, longest) : { bits: 0, found: new Set<Piece["kind"]>() }

  let score = isCommon ? 0 : scoreOf(bits)
  if (chars.length < MIN_PASSPHRASE_LENGTH) score = Math.min(score, 2) as StrengthScore
  const acceptable = chars.length >= MIN_PASSPHRASE_LENGTH && score >= MIN_PASSPHRASE_SCORE

  const advice: string[] = []
  if (chars.length < MIN_PASSPHRASE_LENGTH)
    advice.push(`Use at least ${MIN_PASSPHRASE_LENGTH} characters: four or more unrelated words work well.`)
  if (isCommon) advice.push("This is one of the first passwords an attacker tries.")
  else if (found.has("common"))
    advice.push("It leans on common passwords or expected words (payers, portals, “password”); add unrelated words.")
  if (found.has("run")) advice.push("Avoid repeated characters or repeated blocks.")
  if (found.has("sequence")) advice.push("Avoid sequences such as 1234, abcd or qwerty.")
  if (found.has("year")) advice.push("Avoid years and dates: they are guessed early.")
  if (!acceptable && advice.length === 0)
    advice.push("Add another word or two that have nothing to do with each other.")

  return { score, label: STRENGTH_LABELS[score], bits: Math.round(bits * 10) / 10, advice, acceptable }
}
