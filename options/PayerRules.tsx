// The per-payer deadline table, editable: for each payer family every limit the clocks use (timely filing, a
// returned claim's resubmission, replacement claim, reopening, secondary claim, each appeal level's filing and
// decision windows), the default with its public source, "verify against your contract" where the limit varies
// by contract, plan or state, and the user's own value in its place. Saved with the other settings.
import {
  clockOf,
  DEFAULT_PAYER_TABLE,
  PAYER_FAMILIES,
  PERIOD_UNITS,
  type PayerFamily,
  type PayerRuleOverrides,
  type PeriodUnit,
  type Rule,
  type RuleKey
} from "../src/deadlines"
import type { Source } from "../src/deadlines/sources"

type Props = { value: PayerRuleOverrides; onChange: (next: PayerRuleOverrides) => void }
type Period = { amount: number; unit: PeriodUnit }
type Line = { key: RuleKey; label: string; rule: Rule | null }

const UNIT_LABELS: Record<PeriodUnit, string> = { days: "days", "business-days": "business days", months: "months" }

/** Every editable limit of one payer family, as the table defines it. A level the payer forwards on its own (the
 * Medicare Advantage IRE) has nothing to file and no line. */
export function linesOf(family: PayerFamily): Line[] {
  const r = DEFAULT_PAYER_TABLE[family]
  const lines: Line[] = [{ key: "timelyFiling", label: "New claim (timely filing)", rule: r.timelyFiling }]
  if (r.rejectedResubmission)
    lines.push({ key: "rejectedResubmission", label: "Returned claim, resubmitted", rule: r.rejectedResubmission })
  if (r.replacement.accepted)
    lines.push({ key: "replacement", label: "Replacement claim (frequency 7)", rule: r.replacement.rule })
  if (r.reopening) lines.push({ key: "reopening", label: "Reopening (clerical error)", rule: r.reopening })
  lines.push({ key: "secondary", label: "Secondary claim to this payer", rule: r.secondary })
  for (const step of r.appeals) {
    if (step.automatic) continue
    lines.push({ key: `${step.level}.file`, label: `${step.label}: time to file`, rule: step.file })
    lines.push({ key: `${step.level}.decide`, label: `${step.label}: payer's time to decide`, rule: step.decide })
  }
  return lines
}

/** The default in words ("120 days from receipt (the notice date + 5 days)"), or why there is none. */
function defaultText(rule: Rule | null): string {
  if (!rule?.period) return rule?.note ?? "No public default: check the payer's manual or your contract."
  return clockOf(rule, {}, "2000-01-01").limit ?? ""
}

function SourceLink({ source }: { source: Source }) {
  return (
    <div className="line2">
      Source:{" "}
      <a href={source.url} target="_blank" rel="noreferrer" style={{ color: "var(--accent)" }}>
        {source.name}
      </a>
      <details className="source">
        <summary>What it says</summary>
        <p>{source.says}</p>
      </details>
    </div>
  )
}

function RuleLine({
  family,
  name,
  line,
  value,
  onChange
}: {
  family: PayerFamily
  name: string
  line: Line
  value: Period | undefined
  onChange: (next: Period | undefined) => void
}) {
  const unit = value?.unit ?? line.rule?.period?.unit ?? "days"
  const id = `${family}-${line.key.replace(".", "-")}`
  return (
    <tr data-testid="payer-rule" data-family={family} data-rule={line.key}>
      <th scope="row" id={`${id}-h`}>
        {line.label}
      </th>
      <td>
        {defaultText(line.rule)}
        {line.rule?.period && line.rule.verify && (
          <>
            {" "}
            <em className="warn" data-testid="verify">
              verify against your contract
            </em>
          </>
        )}
        {line.rule?.period && line.rule.note && <div className="line2">{line.rule.note}</div>}
        {line.rule?.source && <SourceLink source={line.rule.source} />}
      </td>
      <td>
        <input
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          aria-label={`${name}: ${line.label}, your value`}
          placeholder={line.rule?.period ? String(line.rule.period.amount) : "—"}
          value={value?.amount ?? ""}
          onChange={(e) => onChange(e.target.value === "" ? undefined : { amount: Number(e.target.value), unit })}
        />
        <select
          aria-label={`${name}: ${line.label}, unit`}
          value={unit}
          onChange={(e) => value && onChange({ ...value, unit: e.target.value as PeriodUnit })}
          disabled={!value}
        >
          {PERIOD_UNITS.map((u) => (
            <option key={u} value={u}>
              {UNIT_LABELS[u]}
            </option>
          ))}
        </select>
        {value && (
          <button
            type="button"
            className="link"
            onClick={() => onChange(undefined)}
            aria-label={`${name}: ${line.label}, use the default`}
          >
            Use the default
          </button>
        )}
      </td>
    </tr>
  )
}

export function PayerRules({ value, onChange }: Props) {
  const set = (family: PayerFamily, key: RuleKey, period: Period | undefined) => {
    const rules = { ...value[family] }
    if (period) rules[key] = period
    else delete rules[key]
    const next = { ...value }
    if (Object.keys(rules).length) next[family] = rules
    else delete next[family]
    onChange(next)
  }
  return (
    <section aria-labelledby="pr-h" data-testid="payer-rules">
      <h2 id="pr-h">Filing and appeal deadlines by payer</h2>
      <p className="line2">
        Each default comes from the public source beside it. Contracts, plan types and states change these limits: where
        it says "verify against your contract", check it and enter your contract's value. Reminders come the number of
        days set above before the first deadline of each claim.
      </p>
      {PAYER_FAMILIES.map((family) => {
        const rules = DEFAULT_PAYER_TABLE[family]
        const edited = Object.keys(value[family] ?? {}).length
        return (
          <details key={family} className="payer-rules" data-family={family}>
            <summary>
              {rules.name}
              {edited > 0 && ` (${edited} of your value${edited === 1 ? "" : "s"})`}
            </summary>
            <table aria-label={`Deadlines: ${rules.name}`}>
              <thead>
                <tr>
                  <th scope="col">Limit</th>
                  <th scope="col">Default and source</th>
                  <th scope="col">Your value</th>
                </tr>
              </thead>
              <tbody>
                {linesOf(family).map((line) => (
                  <RuleLine
                    key={line.key}
                    family={family}
                    name={rules.name}
                    line={line}
                    value={value[family]?.[line.key]}
                    onChange={(p) => set(family, line.key, p)}
                  />
                ))}
              </tbody>
            </table>
          </details>
        )
      })}
    </section>
  )
}
