// Deadlines by route, appeals tracked: the public API the reminders, the A/R view and options use.
//
//   const table = payerTable(overrides)                        // defaults with the user's values
//   const { routes, first } = claimRoutes(claim, table, today, { appeals, secondary })
//   const status = trackAppeal(appeal, table[family], claim, today)
//
// Every clock carries its source and `verify` (show "verify against your contract" beside it).
export { payerFamily, isMedicareAdvantage, isOtherBluePlan, PAYER_FAMILIES, type PayerFamily } from "./payer-family"
export {
  DEFAULT_PAYER_TABLE,
  payerTable,
  PayerRuleOverrides,
  PeriodSchema,
  RULE_KEYS,
  APPEAL_LEVELS,
  APPEAL_LEVEL_NAMES,
  type AppealLevel,
  type AppealStep,
  type ClockStart,
  type PayerRules,
  type PayerTable,
  type Replacement,
  type Rule,
  type RuleKey
} from "./table"
export {
  claimRoutes,
  needsNewClaim,
  firstDeadline,
  ROUTE_KINDS,
  type ClaimRoutes,
  type ClosedRoute,
  type RouteClaim,
  type RouteClock,
  type RouteKind,
  type RouteOptions
} from "./routes"
export {
  AppealRecord,
  APPEAL_OUTCOMES,
  trackAppeal,
  appealReminders,
  routeReminder,
  type AppealClaim,
  type AppealOutcome,
  type AppealStatus,
  type DeadlineReminder,
  type DeadlineReminderKind
} from "./appeals"
export { clockOf, type Clock, type Starts } from "./clock"
export {
  addPeriod,
  addMonths,
  businessDaysAfter,
  describePeriod,
  days,
  businessDays,
  months,
  PERIOD_UNITS,
  type Period,
  type PeriodUnit
} from "./period"
