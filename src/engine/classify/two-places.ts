import { isKnownPlace, placeKey, placesNest } from '../facts/place-containment.ts'
import type { ClaimSide } from './claim-side.ts'

/**
 * Two statements set in two places: each names a known place (a country, a US state, a region the
 * containment table lists), none of one side's places is said by the other, and no place of one
 * lies within or beside a place of the other (`Car bomb kills 20 in northwest Syria` / `Car bomb
 * kills 40 in northwest Pakistan`). They report two events of one kind (FLAGS-GUIDE: another
 * occasion), so their counts, dates and wordings are not compared; the places themselves still are,
 * as names, where the rest of the sentence is a near-copy.
 */
export function setInTwoPlaces(a: ClaimSide, b: ClaimSide): boolean {
  const placesA = placesOf(a)
  const placesB = placesOf(b)
  if (placesA.size === 0 || placesB.size === 0) return false
  for (const x of placesA) for (const y of placesB) if (x === y || placesNest(x, y)) return false
  return true
}

/** Each side's known places, read once: a claim's side is compared with every other side. */
const placesBySide = new WeakMap<ClaimSide, ReadonlySet<string>>()

/** The known places a side names, by name or by demonym (`Russian` → `russia`). */
function placesOf(side: ClaimSide): ReadonlySet<string> {
  let places = placesBySide.get(side)
  if (places === undefined) {
    const found = new Set<string>()
    for (const fact of side.facts) {
      if (fact.kind !== 'name') continue
      for (const key of [fact.key, placeKey(fact.text), ...(fact.aliases ?? [])])
        if (isKnownPlace(key)) found.add(key)
    }
    places = found
    placesBySide.set(side, places)
  }
  return places
}
