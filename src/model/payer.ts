// One payer however a page spells it ("UnitedHealthcare", "UNITED HEALTHCARE"): record keys and every
// match between records use this. Free of storage, so the views can use it too.

const payerKeys = new Map<string, string>()

/** The payer's name squeezed to lowercase letters and digits (the portal id stands in when the page names none). */
export function payerKey(payer: string | null, portal: string): string {
  const name = payer ?? portal
  let key = payerKeys.get(name)
  if (key === undefined) payerKeys.set(name, (key = name.toLowerCase().replace(/[^a-z0-9]+/g, "")))
  return key
}
