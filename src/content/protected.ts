/**
 * The facts that protect a reader from paying for, or travelling for,
 * something they may not do. A content override may translate or reword
 * them, but not remove them: `applyOverride` puts back any the override
 * drops, from the content it was laid on.
 */
export const PROTECTED_FACT_IDS: readonly string[] = [
  'observership-brokers',
  'externship-state-law',
  'visa-suspension-2026',
  'research-visa',
];
