// The plan's adjustment codes in words a client reads at the kitchen table, English and Spanish. Our own short
// sentences, not X12's wording (the official CARC/RARC descriptions are X12's: x12.org/codes). The meaning of
// each code was checked against the public CARC/RARC lists as reproduced by Medicare contractors and open
// billing software (e.g. OpenEMR's interface/billing/remark_codes.php, "See http://www.wpc-edi.com/codes") and
// against ../shared/domain/billing-facts.md. Codes without a line here fall back to the biller's explanation
// (src/codes, English) or to "ask the practice".
import type { Bilingual, Lang } from "./lang"
import { explainCarc, explainRarc } from "../codes"

/** CARC → what it means for the client. */
const CARC: Record<string, Bilingual> = {
  "1": {
    en: "Deductible: the amount you pay each year before your plan starts to pay.",
    es: "Deducible: la cantidad que usted paga cada año antes de que su plan empiece a pagar."
  },
  "2": {
    en: "Coinsurance: your percentage share of the amount the plan allows.",
    es: "Coaseguro: su parte, en porcentaje, de la cantidad que el plan permite."
  },
  "3": {
    en: "Copay: the fixed amount your plan sets for each visit.",
    es: "Copago: la cantidad fija que su plan fija para cada visita."
  },
  "4": {
    en: "A code on the claim that describes the service (for example, the one for video visits) was missing or wrong. The practice can correct it.",
    es: "Faltaba o era incorrecto un código de la reclamación que describe el servicio (por ejemplo, el de las visitas por video). La consulta puede corregirlo."
  },
  "5": {
    en: "The place of the visit on the claim did not fit the service. The practice can correct it.",
    es: "El lugar de la visita en la reclamación no correspondía al servicio. La consulta puede corregirlo."
  },
  "11": {
    en: "The diagnosis on the claim did not fit the service billed. The practice can correct it.",
    es: "El diagnóstico de la reclamación no correspondía al servicio facturado. La consulta puede corregirlo."
  },
  "15": {
    en: "The approval (authorization) number was missing or did not match. The practice can correct it.",
    es: "Faltaba el número de aprobación (autorización) o no coincidía. La consulta puede corregirlo."
  },
  "16": {
    en: "The claim was missing information. The practice can correct it and send it again.",
    es: "A la reclamación le faltaba información. La consulta puede corregirla y enviarla de nuevo."
  },
  "18": {
    en: "The plan already received this same claim.",
    es: "El plan ya había recibido esta misma reclamación."
  },
  "22": {
    en: "The plan thinks another insurance should pay first. Tell your plan about all your coverage.",
    es: "El plan cree que otro seguro debe pagar primero. Informe a su plan de todos sus seguros."
  },
  "23": {
    en: "Adjusted for what another plan already paid or allowed.",
    es: "Ajustado por lo que otro plan ya pagó o permitió."
  },
  "26": {
    en: "The plan says your coverage had not started on the date of the visit.",
    es: "El plan dice que su cobertura aún no había empezado en la fecha de la visita."
  },
  "27": {
    en: "The plan says your coverage had ended before the date of the visit.",
    es: "El plan dice que su cobertura ya había terminado antes de la fecha de la visita."
  },
  "29": {
    en: "The claim reached the plan after its deadline for claims.",
    es: "La reclamación llegó al plan después de su plazo para reclamaciones."
  },
  "31": {
    en: "The plan could not match you to its member records (name, date of birth or member ID).",
    es: "El plan no pudo encontrarle en sus registros de miembros (nombre, fecha de nacimiento o número de miembro)."
  },
  "45": {
    en: "The practice's charge is more than the amount agreed with your plan. The difference is written off.",
    es: "El cargo de la consulta es mayor que la cantidad acordada con su plan. La diferencia se descuenta."
  },
  "50": {
    en: "The plan decided the service was not medically necessary. The practice can appeal.",
    es: "El plan decidió que el servicio no era médicamente necesario. La consulta puede apelar."
  },
  "66": {
    en: "Blood deductible: a deductible your plan applies to blood.",
    es: "Deducible de sangre: un deducible que su plan aplica a la sangre."
  },
  "96": {
    en: "Your plan does not cover this charge.",
    es: "Su plan no cubre este cargo."
  },
  "97": {
    en: "The plan counts this service as part of another service paid the same day.",
    es: "El plan considera este servicio parte de otro servicio pagado el mismo día."
  },
  "100": {
    en: "The plan sent its payment to you, not to the practice.",
    es: "El plan le envió el pago a usted, no a la consulta."
  },
  "119": {
    en: "You have used all the visits or benefits your plan gives for this period.",
    es: "Usted ya usó todas las visitas o beneficios que su plan da para este periodo."
  },
  "142": {
    en: "Your monthly share of cost under Medicaid.",
    es: "Su parte mensual del costo en Medicaid."
  },
  "151": {
    en: "The plan thinks the records do not support this many sessions.",
    es: "El plan cree que los registros no justifican tantas sesiones."
  },
  "167": {
    en: "Your plan does not cover this diagnosis.",
    es: "Su plan no cubre este diagnóstico."
  },
  "187": {
    en: "Paid from your health spending account.",
    es: "Pagado de su cuenta de gastos de salud."
  },
  "197": {
    en: "The plan had no approval (authorization) on file for this visit.",
    es: "El plan no tenía una aprobación (autorización) registrada para esta visita."
  },
  "198": {
    en: "The visit went beyond the number of visits or the dates the plan approved.",
    es: "La visita superó el número de visitas o las fechas que el plan aprobó."
  },
  "204": {
    en: "Your plan does not cover this service.",
    es: "Su plan no cubre este servicio."
  },
  "242": {
    en: "The provider is not in your plan's network, and your plan does not pay for out-of-network care here.",
    es: "El proveedor no está en la red de su plan, y su plan no paga por atención fuera de la red en este caso."
  },
  "253": {
    en: "A small federal reduction of Medicare payments (sequestration).",
    es: "Una pequeña reducción federal de los pagos de Medicare (secuestro presupuestario)."
  }
}

/** RARC → what it means for the client (remark codes add detail to an adjustment). */
const RARC: Record<string, Bilingual> = {
  N1: {
    en: "You or the practice may appeal this decision within the plan's time limit.",
    es: "Usted o la consulta pueden apelar esta decisión dentro del plazo del plan."
  },
  MA01: {
    en: "If you do not agree with this decision, you may appeal.",
    es: "Si no está de acuerdo con esta decisión, puede apelar."
  },
  N20: {
    en: "The plan does not pay this service together with another service on the same day.",
    es: "El plan no paga este servicio junto con otro servicio del mismo día."
  },
  N30: {
    en: "The plan says you are not eligible for this service.",
    es: "El plan dice que usted no tiene derecho a este servicio."
  },
  N54: {
    en: "The service billed does not match what the plan approved.",
    es: "El servicio facturado no coincide con lo que el plan aprobó."
  },
  N95: {
    en: "The plan does not let this type of provider bill this service.",
    es: "El plan no permite que este tipo de proveedor facture este servicio."
  },
  N122: {
    en: "This add-on service must be billed together with its main service.",
    es: "Este servicio adicional debe facturarse junto con su servicio principal."
  },
  N130: {
    en: "Your plan's benefit documents explain the limits on this service.",
    es: "Los documentos de beneficios de su plan explican los límites de este servicio."
  },
  N179: {
    en: "The plan asked you for information. Answering the plan lets it finish the claim.",
    es: "El plan le pidió información. Si usted responde, el plan puede terminar la reclamación."
  },
  N216: {
    en: "Your plan does not include this kind of service, or it is covered by another company.",
    es: "Su plan no incluye este tipo de servicio, o lo cubre otra compañía."
  },
  N290: {
    en: "The therapist's ID number was missing or not recognized. The practice can correct it.",
    es: "Faltaba el número de identificación del terapeuta o no fue reconocido. La consulta puede corregirlo."
  },
  N362: {
    en: "More sessions or units were billed than the plan allows.",
    es: "Se facturaron más sesiones o unidades de las que el plan permite."
  },
  N381: {
    en: "The amount follows the practice's agreement with your plan.",
    es: "La cantidad sigue el acuerdo de la consulta con su plan."
  },
  N425: {
    en: "The law excludes this service from the program.",
    es: "La ley excluye este servicio del programa."
  },
  N640: {
    en: "More sessions than the plan approved or allows for this period.",
    es: "Más sesiones de las que el plan aprobó o permite para este periodo."
  },
  N657: {
    en: "The plan wants this service billed with a different code.",
    es: "El plan quiere que este servicio se facture con otro código."
  },
  M15: {
    en: "The plan combined services billed separately into one.",
    es: "El plan combinó en uno servicios facturados por separado."
  },
  M80: {
    en: "The plan does not pay this together with another service already paid that day.",
    es: "El plan no paga esto junto con otro servicio ya pagado ese día."
  },
  M127: {
    en: "The plan asked for the visit's records and did not receive them.",
    es: "El plan pidió los registros de la visita y no los recibió."
  },
  MA130: {
    en: "The claim had errors. The practice must send a new, corrected claim.",
    es: "La reclamación tenía errores. La consulta debe enviar una reclamación nueva y corregida."
  }
}

/** What the adjustment group means for who pays (X12 claim adjustment group codes; the rule src/codes/liability.ts follows). */
const GROUP: Record<string, Bilingual> = {
  CO: {
    en: "You do not owe this part: the practice's agreement with the plan covers it.",
    es: "Usted no debe esta parte: el acuerdo de la consulta con el plan la cubre."
  },
  PR: {
    en: "This part is yours to pay.",
    es: "Esta parte le corresponde pagarla a usted."
  },
  OA: {
    en: "Another adjustment by the plan (often another plan's share or a duplicate); by this plan's account it is not yours to pay.",
    es: "Otro ajuste del plan (a menudo la parte de otro plan o un duplicado); según este plan, no le corresponde pagarlo a usted."
  },
  PI: {
    en: "A reduction the plan made on its own; it is not yours to pay.",
    es: "Una reducción que hizo el plan por su cuenta; no le corresponde pagarla a usted."
  },
  CR: {
    en: "A correction of an earlier decision by the plan.",
    es: "Una corrección de una decisión anterior del plan."
  }
}

const UNKNOWN: Bilingual = {
  en: "Ask the practice what this code means for you.",
  es: "Pregunte a la consulta qué significa este código para usted."
}

export const hasLayCarc = (reason: string) => reason.toUpperCase() in CARC
export const hasLayRarc = (code: string) => code.toUpperCase() in RARC
export const LAY_CARC_CODES = Object.keys(CARC)
export const LAY_RARC_CODES = Object.keys(RARC)

/** An adjustment code ("CO", "45") in lay words; the group's sentence says who pays. */
export function layCarc(group: string, reason: string, lang: Lang): string {
  const own = CARC[reason.toUpperCase()]
  const meaning = own ? own[lang] : lang === "en" ? (explainCarc(reason)?.meaning ?? UNKNOWN.en) : UNKNOWN.es
  const who = GROUP[group.toUpperCase()]
  return who ? `${meaning} ${who[lang]}` : meaning
}

/** A remark code ("N130") in lay words. */
export function layRarc(code: string, lang: Lang): string {
  const own = RARC[code.toUpperCase()]
  if (own) return own[lang]
  return lang === "en" ? (explainRarc(code)?.meaning ?? UNKNOWN.en) : UNKNOWN.es
}
