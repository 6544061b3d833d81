// Values worked out from one load of the records for one calendar day. The worker answers many requests from
// the same load (each popup open asks again), so each is computed once per load, day and variant; a new load
// (after any write) or a new day starts afresh.
import type { Records } from "./tick"

export function keptPerRecordsAndDay<T, V extends string = "">(
  compute: (records: Records, today: string, variant: V) => T
) {
  const kept = new WeakMap<Records, { today: string; values: Map<V, T> }>()
  return (records: Records, today: string, variant = "" as V): T => {
    let known = kept.get(records)
    if (!known || known.today !== today) kept.set(records, (known = { today, values: new Map() }))
    let value = known.values.get(variant)
    if (value === undefined) known.values.set(variant, (value = compute(records, today, variant)))
    return value
  }
}
