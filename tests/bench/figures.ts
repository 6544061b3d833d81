// One bench figure: the median of its runs, printed in the contract format
// `bench NAME: VALUE UNIT (budget LIMIT UNIT) ok|over` with the runs' count and spread after it.
export type Figure = {
  name: string
  value: number
  unit: string
  budget: number
  /** the runs the value is the median of (absent for a figure that is counted, not timed: a file's size) */
  runs?: number[]
  /** what else a reader of the figure needs: the times a ratio is made of, the floor a difference is taken from */
  note?: string
}

export const median = (xs: number[]): number => {
  if (xs.length === 0) throw new Error("median of no runs")
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** At least 5 runs: fewer make a median that one slow run can move. */
export function figure(name: string, runs: number[], unit: string, budget: number, note?: string): Figure {
  if (runs.length < 5) throw new Error(`${name}: ${runs.length} runs, a figure needs at least 5`)
  return { name, value: median(runs), unit, budget, runs, note }
}

export const digits = (x: number): string => x.toFixed(Math.abs(x) < 10 ? 2 : 1)

export function line(f: Figure): string {
  const verdict = f.value <= f.budget ? "ok" : "over"
  const head = `bench ${f.name}: ${digits(f.value)} ${f.unit} (budget ${f.budget} ${f.unit}) ${verdict}`
  const spread = f.runs
    ? `n=${f.runs.length}, min ${digits(Math.min(...f.runs))}, max ${digits(Math.max(...f.runs))}`
    : "counted once"
  return `${head}  [${spread}${f.note ? `; ${f.note}` : ""}]`
}
