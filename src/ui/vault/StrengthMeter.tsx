// How strong the typed passphrase looks (src/crypto/strength.ts: an estimate, not a proof) and what would make it
// stronger, read out politely as it changes. Loaded only with the setup and change-passphrase forms.
import { assessPassphrase, type Strength } from "../../crypto/strength"

export function useStrength(passphrase: string): Strength {
  return assessPassphrase(passphrase)
}

export function StrengthMeter({ strength, id }: { strength: Strength; id: string }) {
  return (
    <div className="strength" data-score={strength.score}>
      <meter
        id={`${id}-meter`}
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={strength.score}
        aria-labelledby={`${id}-label`}
      />
      <div aria-live="polite" id={id} data-testid="strength">
        <p id={`${id}-label`}>
          Strength: <strong>{strength.label}</strong>
          {strength.acceptable ? " — good enough to protect your data." : ""}
        </p>
        {strength.advice.length > 0 && (
          <ul>
            {strength.advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
