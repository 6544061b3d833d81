// The practice's details, for appeal and reconsideration letters.
import { z, type Infer } from "./zod"

export const PracticeInfo = z.strictObject({
  name: z.string().max(200),
  npi: z.string().regex(/^(\d{10})?$/, "NPI is 10 digits"),
  taxId: z.string().regex(/^(\d{2}-?\d{7})?$/, "tax ID is 9 digits (12-3456789)"),
  address: z.string().max(500)
})
export type PracticeInfo = Infer<typeof PracticeInfo>
export const PRACTICE_KEY = "practice"
export const EMPTY_PRACTICE: PracticeInfo = { name: "", npi: "", taxId: "", address: "" }
