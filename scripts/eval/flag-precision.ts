/**
 * Flag precision and recall of the current engine (shipped model) on judged ECB+ sub-topics,
 * scored against flags read by hand with ../shared/eval/FLAGS-GUIDE.md (`flag-judgements.json`).
 * Six groups are scored apart: the 16 dev sub-topics, on which the flag rules were shaped (a
 * training figure); the train-split sub-topics the file names under `heldOut`, judged on the engine
 * as it stood before the rules were changed for them and then used to shape rules (training since);
 * those under `heldOutAfter`, judged only afterwards and never used for a rule (held-out); those
 * under `heldOut3`, four train-split sub-topics judged on the engine before issue 21's rules (a
 * figure or quote of another subject, ADR 0030's third part) were read off the training groups, and
 * never used for a rule then. The rules of flags4 (ADR 0030's last part) were read off all four
 * groups, so all four are training figures since. Those under `heldOut4`, the first never-judged
 * sub-topics in the request file's order until the engine raised 25 flags on them, were judged on
 * the engine of commit 518a1b5, before flags4; flags5 read rules off it (ADR 0030), so it is a
 * training figure too. Those under `heldOut5`, every sub-topic left (neither dev nor in an earlier
 * group, 23), were judged on the engine of commit c00fa6a, after flags4 and before flags5, and never
 * used to shape a rule (the latest honest held-out figure).
 * Beyond ECB+, sentence pairs of other news (`measurePairSetFlagPrecision`): MRPC's train pairs,
 * every flag of the engine of 068c10f judged by reading, one half of them since read for a rule
 * (training) and the other never (held-out); STS-B's news pairs and iSTS's headline pairs, every
 * flag of the engine of d4706b0 judged by reading, split in two the same way.
 * A flag is matched to a judgement by its sub-topic, kind and every value it lists; a flag with no
 * judgement is reported as unjudged, to be read and added. Recall counts the right flags found
 * against the right ones plus the listed misses still unflagged.
 *
 *   npx tsx scripts/eval/flag-precision.ts [--data DIR]     (also `npm run eval -- --set flags`)
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ArticleInput, compareArticles, type Difference, type Report } from '../../src/engine/index.ts'
import { readJsonl } from './read-jsonl.ts'

/** One judged flag: the pair that decided the verdict, and every value the flag lists. */
export interface FlagJudgement {
  subtopic: string
  kind: string
  a: { segment: string; value: string }
  b: { segment: string; value: string }
  verdict: 'right' | 'wrong' | 'update'
  reason?: string
  note: string
  values: Record<string, string>
}

/** A real conflict found unflagged while reading. */
interface FlagMiss {
  subtopic: string
  kind: string
  a: { segment: string; value: string }
  b: { segment: string; value: string }
  note: string
}

/** What the engine's flags score against the judgements, on one group of sub-topics. */
export interface FlagPrecision {
  /** Which group, and whether its figure is a training or a held-out one. */
  group: string
  /** How many sub-topics (ECB+) or sentence pairs (MRPC) the group holds. */
  subtopics: number
  /** What the group's units are: `ECB+ sub-topics` or `MRPC sentence pairs`. */
  units: string
  flags: number
  right: number
  update: number
  wrong: number
  /** Wrong flags by the guide's reason. */
  wrongBy: Record<string, number>
  /** Flags with no judgement yet, described for reading. */
  unjudged: string[]
  /** Listed misses the engine now flags, and those it still misses. */
  missesFound: number
  missesLeft: number
  precision: number
  recall: number
  /** The judgements file of a sentence-pair set (`scripts/eval/`); ECB+ groups use `flag-judgements.json`. */
  judgements?: string
}

// Values longer than this are cut in the judgements file (quotes), and so compared cut.
const VALUE_CHARS = 80

const judgementsPath = fileURLToPath(new URL('./flag-judgements.json', import.meta.url))

/** The key a flag is judged by: sub-topic, kind and every value it lists, by document. */
export function flagKey(subtopic: string, kind: string, values: Record<string, string>): string {
  const listed = Object.entries(values)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([doc, value]) => `${doc}=${value.slice(0, VALUE_CHARS)}`)
  return `${subtopic}|${kind}|${listed.join(';')}`
}

/**
 * The key an MRPC flag is judged by: `flagKey` hashed, since the MRPC licence keeps its sentences
 * (and so its quotes) out of the project.
 */
export function hashedFlagKey(pair: string, kind: string, values: Record<string, string>): string {
  return createHash('sha256')
    .update(flagKey(pair, kind, values))
    .digest('hex')
    .slice(0, 16)
}

/** The dev split's sub-topic ids. */
function devSubtopics(dir: string): Set<string> {
  return new Set(
    readJsonl<{ id: string; split: string }>(join(dir, 'ecbplus-dev', 'ecbplus-dev-gold.jsonl'))
      .filter((gold) => gold.split === 'dev')
      .map((gold) => gold.id),
  )
}

/** The named sub-topics' reports, compared with the shipped model. */
function reportsOf(dir: string, ids: ReadonlySet<string>): Report[] {
  return readJsonl<{ id: string; articles: ArticleInput[] }>(join(dir, 'ecbplus-dev', 'ecbplus-dev.jsonl'))
    .filter((request) => ids.has(request.id))
    .map((request) => ({ ...compareArticles(request.articles), id: request.id }))
}

/** True when a difference of the report gives both values of a miss. */
function flagsMiss(report: Report, miss: FlagMiss): boolean {
  const docOf = (segment: string) => segment.slice(0, segment.lastIndexOf(':'))
  return report.claims.some((claim) =>
    claim.differences.some(
      (difference: Difference) =>
        difference.kind === miss.kind &&
        difference.values[docOf(miss.a.segment)] === miss.a.value &&
        difference.values[docOf(miss.b.segment)] === miss.b.value,
    ),
  )
}

/** The judgements file. */
interface JudgementsFile {
  heldOut: string[]
  heldOutAfter: string[]
  heldOut3: string[]
  heldOut4: string[]
  heldOut5: string[]
  judgements: FlagJudgement[]
  misses: FlagMiss[]
}

/** The judged groups beyond dev, in the order they were judged, with what each figure is. */
const JUDGED_GROUPS: ReadonlyArray<
  [field: Exclude<keyof JudgementsFile, 'judgements' | 'misses'>, label: string]
> = [
  ['heldOut', 'first held-out (training since rules were read off it)'],
  ['heldOutAfter', 'second held-out (judged after the rules; training since flags4 read rules off it)'],
  [
    'heldOut3',
    'third held-out (judged before the rules of issue 21; training since flags4 read rules off it)',
  ],
  ['heldOut4', 'fourth held-out (judged on the engine of 518a1b5; training since flags5 read rules off it)'],
  ['heldOut5', 'fifth held-out (judged on the engine of c00fa6a, never used to shape a rule, held-out)'],
]

/** Scores the engine's flags against the judgements, group by group (see the file's comment). */
export function measureFlagPrecision(dir: string): FlagPrecision[] {
  const file = JSON.parse(readFileSync(judgementsPath, 'utf8')) as JudgementsFile
  return [
    scoreGroup(file, 'dev (training)', reportsOf(dir, devSubtopics(dir))),
    ...JUDGED_GROUPS.map(([field, label]) => scoreGroup(file, label, reportsOf(dir, new Set(file[field])))),
  ]
}

/** Scores one group's reports against the judgements. */
function scoreGroup(file: JudgementsFile, group: string, reports: Report[]): FlagPrecision {
  const judged = new Map(file.judgements.map((j) => [flagKey(j.subtopic, j.kind, j.values), j]))
  const result = scoreFlags(group, 'ECB+ sub-topics', reports, (report, difference) =>
    judged.get(flagKey(report.id ?? '', difference.kind, difference.values)),
  )
  for (const miss of file.misses) {
    const report = reports.find((candidate) => candidate.id === miss.subtopic)
    if (report === undefined) continue
    if (flagsMiss(report, miss)) result.missesFound++
    else result.missesLeft++
  }
  const good = result.right + result.update
  result.recall = good + result.missesLeft === 0 ? 0 : good / (good + result.missesLeft)
  return result
}

/**
 * Counts a group's flags by the verdict `judgementOf` finds for each (undefined: not judged yet;
 * null: left out of the group); precision over the judged ones.
 */
function scoreFlags(
  group: string,
  units: string,
  reports: readonly Report[],
  judgementOf: (
    report: Report,
    difference: Difference,
  ) => Pick<FlagJudgement, 'verdict' | 'reason'> | undefined | null,
): FlagPrecision {
  const result: FlagPrecision = {
    group,
    units,
    subtopics: reports.length,
    flags: 0,
    right: 0,
    update: 0,
    wrong: 0,
    wrongBy: {},
    unjudged: [],
    missesFound: 0,
    missesLeft: 0,
    precision: 0,
    recall: 0,
  }
  for (const report of reports) {
    for (const claim of report.claims) {
      for (const difference of claim.differences) {
        const judgement = judgementOf(report, difference)
        if (judgement === null) continue
        result.flags++
        if (judgement === undefined) {
          result.unjudged.push(`${report.id} ${claim.id} ${difference.explanation ?? difference.kind}`)
          continue
        }
        result[judgement.verdict]++
        if (judgement.verdict === 'wrong') {
          const reason = judgement.reason ?? 'unstated'
          result.wrongBy[reason] = (result.wrongBy[reason] ?? 0) + 1
        }
      }
    }
  }
  const judgedFlags = result.right + result.update + result.wrong
  result.precision = judgedFlags === 0 ? 0 : (result.right + result.update) / judgedFlags
  return result
}

/** A sentence-pair set's judgements file (see its `about`). */
interface PairJudgementsFile {
  seen: string[]
  judgements: (Pick<FlagJudgement, 'kind' | 'verdict' | 'reason' | 'note'> & { key: string; pair: string })[]
}

/**
 * The half of MRPC's pairs a rule may be read off (`design`) or that stays held out (`heldOut`),
 * by the first bit of the SHA-256 of the pair's id: a fixed split no rule can lean on.
 */
export function mrpcHalf(pair: string): 'design' | 'heldOut' {
  return ((createHash('sha256').update(pair).digest()[0] ?? 0) & 1) === 0 ? 'design' : 'heldOut'
}

/** One group of judged sentence pairs: which pairs, and what its figure is. */
interface PairGroup {
  label: string
  takes: (pair: string) => boolean
}

/** A set of news sentence pairs whose flags were judged, each pair compared as two one-sentence articles. */
interface PairSet {
  /** The judgements file, in `scripts/eval/`. */
  judgements: string
  /** The pairs, in the evaluation data's folder. */
  data: string
  /** What its units are called. */
  units: string
  groups: PairGroup[]
}

/**
 * The judged sentence-pair sets. MRPC's train pairs, flags of the engine of 068c10f: two halves
 * scored apart (`mrpcHalf`), the design half, off which the market-reading and reporting-period
 * rules (ADR 0030) were read, so a training figure since, and the held-out half, never read for a
 * rule. STS-B's news pairs and the iSTS headline pairs, flags of the engine of d4706b0 judged
 * before the rules of flags6, split the same way: the two-places rule (flags7) was read off their
 * design halves, and their held-out halves were never read for a rule.
 */
const PAIR_SETS: readonly PairSet[] = [
  {
    judgements: 'flag-judgements-mrpc.json',
    data: 'mrpc-train.jsonl',
    units: 'MRPC train pairs',
    groups: [
      {
        label:
          'design half (training since the market-reading and reporting-period rules were read off it), flags of 068c10f judged,',
        takes: (pair) => mrpcHalf(pair) === 'design',
      },
      {
        label: 'held-out half (never used to shape a rule), flags of 068c10f judged,',
        takes: (pair) => mrpcHalf(pair) === 'heldOut',
      },
    ],
  },
  {
    judgements: 'flag-judgements-stsb.json',
    data: 'stsb-dev-news.jsonl',
    units: 'STS-B news pairs',
    groups: halves('flags of d4706b0 judged', 'the two-places rule was'),
  },
  {
    judgements: 'flag-judgements-ists.json',
    data: 'ists-headlines-train.jsonl',
    units: 'iSTS headline pairs',
    groups: halves('flags of d4706b0 judged', 'the two-places rule was'),
  },
]

/** A set's two halves by `mrpcHalf`: the design half a rule was read off, and the held-out half. */
function halves(judged: string, rule: string): PairGroup[] {
  return [
    {
      label: `design half (training since ${rule} read off it), ${judged},`,
      takes: (pair) => mrpcHalf(pair) === 'design',
    },
    {
      label: `held-out half (never used to shape a rule), ${judged},`,
      takes: (pair) => mrpcHalf(pair) === 'heldOut',
    },
  ]
}

/**
 * Flags on the judged sentence-pair sets (`PAIR_SETS`), scored against flags judged by reading:
 * news from outside ECB+. The judges listed no misses, so recall here is the share of the judged
 * right flags (and updates) still raised: what a rule costs, not the engine's recall. The flags read
 * while designing earlier rules (`seen`) are left out.
 */
export function measurePairSetFlagPrecision(dir: string): FlagPrecision[] {
  return PAIR_SETS.flatMap((set) => {
    const path = fileURLToPath(new URL(`./${set.judgements}`, import.meta.url))
    const file = JSON.parse(readFileSync(path, 'utf8')) as PairJudgementsFile
    const seen = new Set(file.seen)
    const judged = new Map(file.judgements.filter((j) => !seen.has(j.key)).map((j) => [j.key, j]))
    const reports = readJsonl<{ id: string; a: string; b: string }>(join(dir, set.data)).map((pair) => ({
      ...compareArticles([
        { id: 'a', text: pair.a },
        { id: 'b', text: pair.b },
      ]),
      id: pair.id,
    }))
    return set.groups.map((group) => {
      const result = scoreFlags(
        group.label,
        set.units,
        reports.filter((report) => group.takes(report.id ?? '')),
        (report, difference) => {
          const key = hashedFlagKey(report.id ?? '', difference.kind, difference.values)
          return seen.has(key) ? null : judged.get(key)
        },
      )
      result.judgements = set.judgements
      const good = [...judged.values()].filter((j) => j.verdict !== 'wrong' && group.takes(j.pair)).length
      result.recall = good === 0 ? 0 : (result.right + result.update) / good
      return result
    })
  })
}

/** The measurement of every group as a few lines of text. */
export function formatFlagPrecision(results: FlagPrecision[]): string {
  return results.map(formatGroup).join('')
}

/** One group's measurement as a few lines of text. */
function formatGroup(result: FlagPrecision): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`
  const reasons = Object.entries(result.wrongBy)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ')
  const lines = [
    `Flags on the ${result.subtopics} ${result.group} ${result.units}, judged by FLAGS-GUIDE (scripts/eval/${result.judgements ?? 'flag-judgements.json'}):`,
    `  ${result.flags} flags: ${result.right} right, ${result.update} update, ${result.wrong} wrong${reasons ? ` (${reasons})` : ''}, ${result.unjudged.length} unjudged`,
    result.judgements !== undefined
      ? `  precision ${percent(result.precision)} of judged flags; right flags kept ${percent(result.recall)} (of those judged right or update)`
      : `  precision ${percent(result.precision)} of judged flags; recall ${percent(result.recall)} (right flags against them plus ${result.missesLeft} listed misses still unflagged)`,
    ...result.unjudged.map((flag) => `  unjudged, read it: ${flag}`),
  ]
  return `${lines.join('\n')}\n`
}

/** The evaluation data's folder: `--data DIR`, else $CROSSCHECK_EVAL_DIR, else ../shared/eval. */
export function evalDataDir(argv: readonly string[]): string {
  const at = argv.indexOf('--data')
  return at >= 0 && argv[at + 1] !== undefined
    ? resolve(argv[at + 1] as string)
    : (process.env.CROSSCHECK_EVAL_DIR ?? fileURLToPath(new URL('../../../shared/eval', import.meta.url)))
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = evalDataDir(process.argv)
  process.stdout.write(
    formatFlagPrecision([...measureFlagPrecision(dir), ...measurePairSetFlagPrecision(dir)]),
  )
}
