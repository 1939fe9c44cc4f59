/**
 * A probability (0..1) as every screen and export prints it: a whole percentage followed by ` %`.
 * The report stores a link's probability to three decimals and a claim's mean score unrounded, so
 * rounding each straight to a percentage printed one link as 42 % and 43 %: 0.4245 and its stored
 * 0.425 fall on both sides of the half. Rounding to thousandths first, as the report does, and then
 * to hundredths gives both the same figure.
 */
export function formatProbability(probability: number): string {
  const thousandths = Math.round(Math.min(1, Math.max(0, probability)) * 1000)
  return `${Math.round(thousandths / 10)} %`
}
