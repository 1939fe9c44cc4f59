/** Passages the view highlights as part of a claim: agreements, partial matches and discrepancies. */
export const CLAIMED_PASSAGES =
  '[data-status="agreement"], [data-status="partial"], [data-status="discrepancy"]'
