// Payments: every check/EFT imported from 835 remittances (payments/list), newest first: what it paid, on how many
// claims, the claims' adjustments, the provider-level adjustments (PLB), and the balance check (BPR amount =
// Σ CLP04 − Σ PLB) as "Balanced" or "Off by $X.XX". Loaded only when its tab is opened; the side panel shows the
// import above it.
import { useCallback, useEffect, useState } from "react"
import type { ReplyOf } from "../messages"
import type { Payment } from "../model/payment"
import { useApi } from "./api"
import { count, money, usDate } from "./format"
import { balanceLabel, ImportRemittance } from "./ImportRemittance"

const METHOD: Record<string, string> = {
  ACH: "EFT",
  CHK: "Check",
  NON: "No payment",
  BOP: "Financial institution option",
  FWT: "Wire"
}

function claimsLine(p: Payment): string {
  const c = p.counts
  return [
    `${count(c.claims)} claim${c.claims === 1 ? "" : "s"}`,
    c.paid && `${count(c.paid)} paid`,
    c.partiallyPaid && `${count(c.partiallyPaid)} partially paid`,
    c.denied && `${count(c.denied)} denied`,
    c.patientShareOnly && `${count(c.patientShareOnly)} patient share only`,
    c.reversals && `${count(c.reversals)} reversed`,
    c.other && `${count(c.other)} other`
  ]
    .filter(Boolean)
    .join(", ")
}

function adjustmentsLine(p: Payment): string {
  const groups = Object.entries(p.adjustmentsByGroup).filter(([, cents]) => cents !== 0)
  if (groups.length === 0) return "none"
  return groups.map(([g, cents]) => `${g} ${money(cents)}`).join(", ")
}

export function PaymentRow({ p }: { p: Payment }) {
  const title = `${p.checkNumber ? `${METHOD[p.method ?? ""] ?? "Payment"} ${p.checkNumber}` : "Payment without a trace number"}`
  return (
    <article className="row" data-testid="payment-row" aria-label={title}>
      <div className="line1">
        <strong>{title}</strong>
        <strong>{money(p.amountCents)}</strong>
      </div>
      <div className="line2">
        {usDate(p.paymentDate)} · {p.payer ?? "payer not named"}
      </div>
      <div className="line2">{claimsLine(p)}</div>
      <dl className="payment-figures">
        <dt>Paid on claims</dt>
        <dd>{money(p.claimsPaidCents)}</dd>
        <dt>Claim adjustments</dt>
        <dd>{adjustmentsLine(p)}</dd>
        <dt>Provider-level adjustments</dt>
        <dd>
          {p.providerAdjustments.length === 0
            ? "none"
            : p.providerAdjustments
                .map(
                  (a) =>
                    `${a.reasonCode}${a.reasonMeaning ? ` ${a.reasonMeaning}` : ""}: ${
                      a.amountCents < 0 ? `${money(-a.amountCents)} added` : `${money(a.amountCents)} taken`
                    }`
                )
                .join("; ")}
        </dd>
        <dt>Balance check</dt>
        <dd data-testid="payment-balance" className={p.balanced ? undefined : "bad-text"}>
          {balanceLabel(p.differenceCents)}
          {!p.balanced &&
            ` (the payment is ${money(p.amountCents)}; its claims less provider adjustments make ${money(p.expectedCents)})`}
        </dd>
      </dl>
    </article>
  )
}

type Answer = ReplyOf<"payments/list">

export default function PaymentsView({ canImport = true }: { canImport?: boolean }) {
  const api = useApi()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const load = useCallback(() => void api.send("payments/list", {}).then(setAnswer), [api])
  useEffect(load, [load])
  return (
    <>
      {canImport && <ImportRemittance send={api.send} onImported={load} />}
      <section aria-labelledby="payments-h">
        <h2 id="payments-h">Payments{answer?.ok ? ` (${count(answer.payments.length)})` : ""}</h2>
        {!answer && (
          <p className="empty" role="status">
            Loading payments…
          </p>
        )}
        {answer && !answer.ok && (
          <p role="alert" className="error">
            {answer.error}
          </p>
        )}
        {answer?.ok && answer.payments.length === 0 && (
          <p className="empty">No remittance imported yet. Import an 835 file to see its checks and EFTs here.</p>
        )}
        {answer?.ok && answer.payments.map((p) => <PaymentRow key={p.id} p={p} />)}
      </section>
    </>
  )
}
