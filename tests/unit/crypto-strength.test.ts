import { describe, expect, it } from "vitest"
import { assessPassphrase, MIN_PASSPHRASE_LENGTH } from "../../src/crypto"
import { COMMON_PASSWORDS } from "../../src/crypto/common-passwords"

describe("passphrase strength", () => {
  it("ships a common-password list of a few hundred entries", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(300)
    expect(COMMON_PASSWORDS.size).toBeLessThan(1000)
  })

  it.each([
    "password",
    "123456789",
    "qwertyuiop",
    "P@ssw0rd!",
    "Summer2024!",
    "letmein",
    "iloveyou",
    "Medicare1",
    "payerlens2025"
  ])("rates a common password (%s) very weak", (p) => {
    const s = assessPassphrase(p)
    expect(s.score).toBe(0)
    expect(s.label).toBe("very weak")
    expect(s.acceptable).toBe(false)
  })

  it.each([
    ["aaaaaaaaaaaaaaaaaaaa", /repeated/],
    ["abcdefghijklmnopqrstu", /sequences/],
    ["1234567890987654321", /sequences|common passwords/],
    ["passwordpassword2024", /common|repeated/],
    ["therapytherapytherapy", /repeated/]
  ])("sees through length made of repeats, sequences and common words (%s)", (p, advice) => {
    const s = assessPassphrase(p)
    expect(s.score).toBeLessThanOrEqual(1)
    expect(s.acceptable).toBe(false)
    expect(s.advice.join(" ")).toMatch(advice)
  })

  it("requires at least 15 characters for setup, however random (NIST SP 800-63B Rev. 4)", () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(15)
    const short = assessPassphrase("7hK#q2Lm9!xZ")
    expect(short.bits).toBeGreaterThan(65)
    expect(short.score).toBe(2)
    expect(short.acceptable).toBe(false)
    expect(short.advice[0]).toMatch(/15 characters/)
  })

  it.each([
    "harbor lantern pickle orbit",
    "zebra mountain violet kettle",
    "my cat eats paper clips",
    "7hK#q2Lm9!xZp4Rw"
  ])("accepts a long, unrelated passphrase (%s)", (p) => {
    const s = assessPassphrase(p)
    expect(s.score).toBeGreaterThanOrEqual(3)
    expect(s.acceptable).toBe(true)
  })

  it("rates more words higher, and never repeats the passphrase in its advice", () => {
    const two = assessPassphrase("harbor lantern")
    const four = assessPassphrase("harbor lantern pickle orbit")
    expect(four.bits).toBeGreaterThan(two.bits)
    for (const p of ["Summer2024!", "harbor", "xgh884512301"])
      expect(assessPassphrase(p).advice.join(" ").toLowerCase()).not.toContain(p.toLowerCase())
  })

  it("counts the practice's own words as guessable when given as context", () => {
    const without = assessPassphrase("brightwaterfamilycounseling")
    const withContext = assessPassphrase("brightwaterfamilycounseling", { context: ["Brightwater Family Counseling"] })
    expect(withContext.bits).toBeLessThan(without.bits)
    expect(withContext.acceptable).toBe(false)
  })

  it("handles empty, very long and non-Latin input without throwing", () => {
    expect(assessPassphrase("")).toMatchObject({ score: 0, acceptable: false })
    expect(assessPassphrase("x".repeat(100_000)).acceptable).toBe(false)
    expect(assessPassphrase("海辺の灯台で猫がピクルスを食べる").acceptable).toBe(true)
    expect(assessPassphrase("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂").acceptable).toBe(false)
  })
})
