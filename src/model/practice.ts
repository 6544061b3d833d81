// The practice's details: for appeal letters, superbills, good-faith estimates and client statements. The fields
// after `address` came later and are optional, so practice details saved before them still read.
import { z, type Infer } from "./zod"

const npi = z.string().regex(/^(\d{10})?$/, "NPI is 10 digits")

export const Provider = z.strictObject({
  name: z.string().min(1, "a provider needs a name").max(200),
  credentials: z.string().max(60),
  npi,
  license: z.string().max(60)
})
export type Provider = Infer<typeof Provider>

export const PracticeInfo = z.strictObject({
  name: z.string().max(200),
  npi,
  taxId: z.string().regex(/^(\d{2}-?\d{7})?$/, "tax ID is 9 digits (12-3456789)"),
  address: z.string().max(500),
  phone: z.string().max(40).optional(),
  /** the state the practice works in (good-faith estimates start from it) */
  state: z.string().max(40).optional(),
  providers: z.array(Provider).max(50).optional(),
  /** the practice's fee per procedure code, in cents (superbills, good-faith estimates) */
  fees: z
    .record(
      z.string().regex(/^[A-Z0-9]{5}$/, "a fee's code is a 5-character CPT or HCPCS code"),
      z.number().int().min(0).max(10_000_000)
    )
    .optional()
})
export type PracticeInfo = Infer<typeof PracticeInfo>
export const PRACTICE_KEY = "practice"
export const EMPTY_PRACTICE: PracticeInfo = { name: "", npi: "", taxId: "", address: "" }
