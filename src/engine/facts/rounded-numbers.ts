import type { Fact } from '../types.ts'
import { digitsValue } from './number-words.ts'

/**
 * A rounded figure is at most this share away from the precise one: `$114.3 million` is
 * `$114 million` (0.3 %), but `14.7 pounds` against an unhedged `15 pounds` (2 %) or `1.9 million`
 * against `1 million` is another figure. A hedged one (`about 15`) is judged by `roundsTo` instead.
 */
const MAX_ROUNDING_SHARE = 0.01

const FIRST_DIGITS = /\d[\d,]*(?:\.\d+)?/

/**
 * The place of a number's last written digit, in the units of its value: 0.1 for `114.3`,
 * 1,000,000 for `$114 million`, 100,000 for `$114.3 million`. Null for numbers written in words
 * (`twenty-eight`), which are exact as written, and for ordinals.
 */
function lastDigitPlace(fact: Fact): number | null {
  const written = FIRST_DIGITS.exec(fact.text)?.[0]
  const value = Number(fact.key)
  if (written === undefined || !Number.isFinite(value)) return null
  const mantissa = digitsValue(written)
  if (mantissa === null || mantissa === 0) return null
  const point = written.indexOf('.')
  const decimals = point < 0 ? 0 : written.length - point - 1
  return (value / mantissa) * 10 ** -decimals
}

/**
 * Whether one number is the other rounded or cut to fewer digits (`$114.3 million` / `$114
 * million`, `2,053.27` / `2,053`, `34.75 million` / `34.7 million`): sources round a figure they
 * report alike, and that is no discrepancy. Only the digits as written count, so `5,270` against
 * `5,200` still differs: an integer's trailing zeros may be exact.
 */
export function sameRoundedNumber(a: Fact, b: Fact): boolean {
  const placeA = lastDigitPlace(a)
  const placeB = lastDigitPlace(b)
  if (placeA === null || placeB === null || placeA === placeB) return false
  const [precise, rounded, place] =
    placeA < placeB ? [Number(a.key), Number(b.key), placeB] : [Number(b.key), Number(a.key), placeA]
  if (Math.abs(precise - rounded) > MAX_ROUNDING_SHARE * Math.max(Math.abs(precise), Math.abs(rounded)))
    return false
  // Compare in whole steps of the coarser place, so 34.75 / 0.1 reads as 347.5 and not 347.4999….
  const steps = precise / place
  const target = Math.round(rounded / place)
  const near = (x: number) => Math.abs(x - target) < 1e-6
  return near(Math.round(steps + 1e-9)) || near(Math.floor(steps + 1e-9))
}
