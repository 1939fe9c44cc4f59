/**
 * Folds spelling variants to one form before stemming, so `organisations`/`organizations`,
 * `colour`/`color`, `centre`/`center` and `said`/`say` compare equal. British→US folding is by rule
 * (the usual -ise/-our/-re/-ence/-ll- patterns) with exception lists for words that only look British.
 */

/** Words ending in -ise that are spelled so in US English too. */
const ISE_KEEP = new Set(
  (
    'rise arise raise praise promise exercise advise surprise otherwise wise precise compromise enterprise ' +
    'expertise noise cruise premise demise despise disguise revise supervise televise franchise concise ' +
    'chastise excise incise paradise reprise treatise poise tortoise porpoise turquoise mortise anise ' +
    'merchandise devise improvise comprise vise bruise apprise circumcise clockwise likewise'
  ).split(' '),
)

/** Words ending in -our that keep it in US English. */
const OUR_KEEP = new Set(
  'four hour your our flour pour tour detour contour sour devour scour dour'.split(' '),
)

/** Irregular past forms folded to their base, so `said`/`says` and `told`/`tells` share a stem. */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'said:say told:tell went:go gone:go took:take taken:take made:make gave:give given:give came:come ' +
    'saw:see seen:see knew:know known:know thought:think brought:bring bought:buy sold:sell held:hold ' +
    'left:leave met:meet ran:run begun:begin began:begin found:find got:get gotten:get kept:keep ' +
    'led:lead lost:lose paid:pay sent:send spent:spend stood:stand struck:strike won:win wrote:write ' +
    'written:write spoke:speak spoken:speak chose:choose chosen:choose fell:fall fallen:fall fled:flee ' +
    'fought:fight hit:hit hurt:hurt rose:rise risen:rise shot:shoot sought:seek taught:teach ' +
    'threw:throw thrown:throw understood:understand withdrew:withdraw withdrawn:withdraw ' +
    'drove:drive driven:drive broke:break broken:break built:build caught:catch dealt:deal ' +
    'felt:feel heard:hear meant:mean grew:grow grown:grow drew:draw drawn:draw flew:fly flown:fly ' +
    'forgave:forgive forgot:forget froze:freeze hid:hide laid:lay lit:light overtook:overtake ' +
    'rode:ride rang:ring sank:sink slid:slide stole:steal stolen:steal swore:swear sworn:swear ' +
    'undertook:undertake upheld:uphold woke:wake wore:wear worn:wear'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
)

/** Month abbreviations (`Jan.`, `Sept.`) folded to the full name, so `Jan. 25` meets `January 25`. */
const MONTHS: Record<string, string> = {
  jan: 'january',
  feb: 'february',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
}

/** Returns the US-spelled, base-form variant of one lower-case word. */
export function foldSpelling(word: string): string {
  const irregular = IRREGULAR[word] ?? MONTHS[word]
  if (irregular !== undefined) return irregular
  if (word.length < 5) return word
  let folded = word
  folded = folded.replace(/isation(s?)$/, 'ization$1').replace(/yse(s|d)?$/, 'yze$1')
  const ise = /^(.{3,})is(e|es|ed|ing|er|ers)$/.exec(folded)
  if (ise && !ISE_KEEP.has(`${ise[1]}ise`)) folded = `${ise[1]}iz${ise[2]}`
  const our = /^(.{2,})our(s|ed|ing|ite|ites|able|er)?$/.exec(folded)
  if (our && !OUR_KEEP.has(`${our[1]}our`)) folded = `${our[1]}or${our[2] ?? ''}`
  folded = folded.replace(/^(cent|theat|met|lit|fib|calib|sab|spect)re(s|d)?$/, '$1er$2')
  folded = folded.replace(/^(defen|offen|licen|preten)ce(s)?$/, '$1se$2')
  folded = folded.replace(/^(.{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2')
  return folded
}
