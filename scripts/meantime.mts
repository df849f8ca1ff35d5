/**
 * Dates and names on MEANTIME (NewsReader, English Wikinews; CC BY 4.0, read
 * in place from the path given, never copied into this repository).
 *
 *   npx tsx scripts/meantime.mts ../shared/benchmarks/meantime-en/documents.jsonl [--json] [--errors [--time-references]]
 *
 * Only the first six sentences of each article are annotated (headline,
 * dateline, four of the body), so copydesk reads exactly those: the
 * headline and the dateline as blocks of their own, the body sentences as one
 * paragraph, detokenised (“Boeing 's” → “Boeing's”), with `published` set to
 * the document creation time.
 *
 * - dates: gold is every TIMEX3 of type DATE (durations, sets and clock
 *   times are not dates for copydesk). Relaxed span = any character overlap,
 *   strict = the same span; value F1 = relaxed F1 × the share of matched
 *   dates whose ISO value equals the gold one (TempEval-3's definition).
 *   “calendar” scores against the gold dates whose value starts with a digit:
 *   “now”, “recently”, “the future” (PRESENT_REF, PAST_REF, FUTURE_REF) are
 *   dates for TimeML but not calendar expressions for the guidelines.
 *   Dates are scored twice: with the defaults (the guidelines' dates) and
 *   with the option `timeReferences`, which finds those TimeML references
 *   too (`datesWithReferences`; `--errors --time-references` lists its errors).
 * - names: gold is every proper-name mention (syntactic type NAM) of a PER,
 *   ORG or LOC instance. Scored per article and entity, by the matching rule
 *   of the annotation guidelines (the same as `copydesk eval`): a gold entity
 *   is found when one of its names matches a name of a copydesk entity of
 *   that type; a copydesk entity is right when one of its names matches a
 *   gold entity of its type. A copydesk entity that names a product, a
 *   financial entity or an untyped gold name is left out of the count (the
 *   corpus has no type copydesk could be right with), and so is one that
 *   matches a name used as a modifier (PRE.NAM, “US” in “US airtanker”),
 *   which the corpus annotates but not as a name mention.
 */
import { readFileSync } from 'node:fs'
import { analyze } from '../src/index.js'
import { entitiesMatch, normalizeEntity } from '../src/evaluate/evaluate.js'
import { prf } from '../src/evaluate/score.js'

interface Span {
  text: string
  sentence: number
  tokens: [number, number]
}
interface Document {
  doc_id: string
  dct: string | null
  sentences: string[]
  timex3: Array<Span & { type: string; value: string }>
  entity_mentions: Array<Span & { syntactic_type: string; ent_type: string | null; instance: string | null }>
}

const path = process.argv[2]
if (!path) {
  console.error('usage: tsx scripts/meantime.mts <documents.jsonl> [--json] [--errors [--time-references]]')
  process.exit(2)
}
const showErrors = process.argv.includes('--errors')
const annotated = 6
const nameTypes = { PER: 'person', ORG: 'org', LOC: 'place' } as const
type NameType = (typeof nameTypes)[keyof typeof nameTypes]

/** Detokenised text of the annotated sentences and each token's span in it. */
function detokenise(document: Document): { text: string; tokens: Array<[number, number]> } {
  const tokens: Array<[number, number]> = [[0, 0]] // t_id counts from 1
  let text = ''
  for (const [index, sentence] of document.sentences.entries()) {
    const words = sentence.split(' ')
    if (index >= annotated) break
    if (index > 0) text += index <= 2 ? '\n\n' : ' '
    for (const [position, raw] of words.entries()) {
      const word = raw === '``' || raw === "''" ? '"' : raw
      const previous = position > 0 ? words[position - 1] : undefined
      const glued =
        position === 0 ||
        /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/.test(raw) ||
        raw === "''" ||
        previous === '``' ||
        /^[([{$#]$/.test(previous ?? '')
      if (!glued) text += ' '
      tokens.push([text.length, text.length + word.length])
      text += word
    }
  }
  return { text, tokens }
}

/** The creation time, or the dateline when the upstream value is missing or malformed. */
function published(document: Document): string | undefined {
  if (document.dct && /^\d{4}-\d{2}-\d{2}$/.test(document.dct)) return document.dct
  const dateline = new Date(`${document.sentences[1]!.replace(/ ,/g, ',')} UTC`)
  return Number.isNaN(dateline.getTime()) ? undefined : dateline.toISOString().slice(0, 10)
}

const harmonic = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0)
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]
interface DateCounts {
  gold: number
  predicted: number
  relaxedGold: number
  relaxedPredicted: number
  strict: number
  matched: number
  valueRight: number
  // Calendar dates only: gold values that start with a digit (not PRESENT_REF, XXXX-XX-XX, FY2007).
  calendar: { gold: number; predicted: number; relaxedGold: number; relaxedPredicted: number }
}
const newCounts = (): DateCounts => ({ gold: 0, predicted: 0, relaxedGold: 0, relaxedPredicted: 0, strict: 0, matched: 0, valueRight: 0, calendar: { gold: 0, predicted: 0, relaxedGold: 0, relaxedPredicted: 0 } })
// The guidelines' dates (the default), and TimeML's with the vague references (option `timeReferences`).
const dateCounts = { guidelines: newCounts(), timeReferences: newCounts() }
const listed: keyof typeof dateCounts = process.argv.includes('--time-references') ? 'timeReferences' : 'guidelines'
const nameCounts = Object.fromEntries(Object.values(nameTypes).map((type) => [type, { gold: 0, found: 0, predicted: 0, right: 0 }])) as Record<NameType, { gold: number; found: number; predicted: number; right: number }>
const errors: string[] = []

interface DateSpan {
  span: [number, number]
  value: string | undefined
}

/** Count one document's dates; `report` receives the misses, wrong values and extras when listing errors. */
function countDates(counts: DateCounts, gold: DateSpan[], predicted: DateSpan[], report: ((error: string) => void) | undefined, text: string) {
  counts.gold += gold.length
  counts.predicted += predicted.length
  counts.relaxedGold += gold.filter((g) => predicted.some((p) => overlaps(g.span, p.span))).length
  counts.relaxedPredicted += predicted.filter((p) => gold.some((g) => overlaps(g.span, p.span))).length
  counts.strict += gold.filter((g) => predicted.some((p) => p.span[0] === g.span[0] && p.span[1] === g.span[1])).length
  const calendar = gold.filter((g) => /^\d/.test(g.value ?? ''))
  counts.calendar.gold += calendar.length
  counts.calendar.relaxedGold += calendar.filter((g) => predicted.some((p) => overlaps(g.span, p.span))).length
  // A date that overlaps a non-calendar gold date is neither right nor wrong here.
  const scored = predicted.filter((p) => !gold.some((g) => !/^\d/.test(g.value ?? '') && overlaps(g.span, p.span)))
  counts.calendar.predicted += scored.length
  counts.calendar.relaxedPredicted += scored.filter((p) => calendar.some((g) => overlaps(g.span, p.span))).length
  const unused = [...predicted]
  for (const g of gold) {
    const index = unused.findIndex((p) => overlaps(g.span, p.span))
    if (index === -1) {
      report?.(`date missed   ${JSON.stringify(text.slice(...g.span))} ${g.value}`)
      continue
    }
    const [p] = unused.splice(index, 1)
    counts.matched++
    if (p!.value === g.value) counts.valueRight++
    else report?.(`date value    ${JSON.stringify(text.slice(...g.span))} gold ${g.value} got ${p!.value}`)
  }
  for (const p of unused.filter((p) => !gold.some((g) => overlaps(g.span, p.span)))) report?.(`date extra    ${JSON.stringify(text.slice(...p.span))}`)
}

/** Relaxed, calendar, strict and value scores of counted dates. */
function dateScores(counts: DateCounts) {
  const relaxedPrecision = counts.predicted ? counts.relaxedPredicted / counts.predicted : 0
  const relaxedRecall = counts.gold ? counts.relaxedGold / counts.gold : 0
  const relaxedF1 = harmonic(relaxedPrecision, relaxedRecall)
  const calendarPrecision = counts.calendar.predicted ? counts.calendar.relaxedPredicted / counts.calendar.predicted : 0
  const calendarRecall = counts.calendar.gold ? counts.calendar.relaxedGold / counts.calendar.gold : 0
  const valueAccuracy = counts.matched ? counts.valueRight / counts.matched : 0
  return {
    gold: counts.gold,
    predicted: counts.predicted,
    relaxed: { precision: relaxedPrecision, recall: relaxedRecall, f1: relaxedF1 },
    calendar: { gold: counts.calendar.gold, precision: calendarPrecision, recall: calendarRecall, f1: harmonic(calendarPrecision, calendarRecall) },
    strict: prf(counts.strict, counts.predicted, counts.gold),
    valueAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
  }
}

const documents = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Document)
for (const document of documents) {
  const { text, tokens } = detokenise(document)
  const span = (mention: Span): [number, number] => [tokens[mention.tokens[0]]![0], tokens[mention.tokens[1]]![1]]
  const date = published(document)
  const result = analyze(text, date ? { published: date } : {})

  // Dates, mention by mention.
  const gold = document.timex3.filter((timex) => timex.type === 'DATE' && timex.sentence < annotated).map((timex) => ({ span: span(timex), value: timex.value }))
  const withReferences = analyze(text, { ...(date ? { published: date } : {}), timeReferences: true })
  for (const [mode, analysis] of [['guidelines', result], ['timeReferences', withReferences]] as const) {
    const predicted = analysis.entities.filter((entity) => entity.type === 'date').flatMap((entity) => entity.mentions.map((mention) => ({ span: [mention.start, mention.end] as [number, number], value: entity.value })))
    countDates(dateCounts[mode], gold, predicted, mode === listed ? (error) => errors.push(`${error.slice(0, 13)} ${document.doc_id} ${error.slice(14)}`) : undefined, text)
  }

  // Names, entity by entity.
  const goldEntities = new Map<string, { type: string; names: Set<string> }>()
  // Names used as modifiers (PRE.NAM: “US” in “US airtanker”) are not gold, but not wrong either.
  const modifierNames = new Set<string>()
  for (const mention of document.entity_mentions) {
    if (mention.sentence >= annotated) continue
    if (mention.syntactic_type === 'PRE.NAM') modifierNames.add(normalizeEntity(text.slice(...span(mention))))
    if (mention.syntactic_type !== 'NAM') continue
    const key = mention.instance ?? `${mention.ent_type}:${mention.text}`
    const entity = goldEntities.get(key) ?? { type: mention.ent_type ?? 'NONE', names: new Set<string>() }
    entity.names.add(normalizeEntity(text.slice(...span(mention))))
    goldEntities.set(key, entity)
  }
  const matches = (a: Iterable<string>, b: Iterable<string>) => [...a].some((x) => [...b].some((y) => entitiesMatch(x, y)))
  for (const [type, ours] of Object.entries(nameTypes) as Array<[keyof typeof nameTypes, NameType]>) {
    const goldOfType = [...goldEntities.values()].filter((entity) => entity.type === type)
    const unscored = [...[...goldEntities.values()].filter((entity) => !(entity.type in nameTypes)), { names: modifierNames }]
    const predictedOfType = result.entities.filter((entity) => entity.type === ours).map((entity) => new Set(entity.mentions.map((mention) => normalizeEntity(mention.text))))
    const counts = nameCounts[ours]
    for (const entity of goldOfType) {
      counts.gold++
      if (predictedOfType.some((names) => matches(names, entity.names))) counts.found++
      else if (showErrors) errors.push(`${ours} missed ${document.doc_id} ${[...entity.names].join(' / ')}`)
    }
    for (const names of predictedOfType) {
      if (goldOfType.some((entity) => matches(names, entity.names))) {
        counts.predicted++
        counts.right++
      } else if (!unscored.some((entity) => matches(names, entity.names))) {
        counts.predicted++
        if (showErrors) errors.push(`${ours} extra  ${document.doc_id} ${[...names].join(' / ')}`)
      }
    }
  }
}

const report = {
  documents: documents.length,
  dates: dateScores(dateCounts.guidelines),
  // With the option `timeReferences`: “now”, “recently”, “the day” count too, as in TimeML.
  datesWithReferences: dateScores(dateCounts.timeReferences),
  names: Object.fromEntries(
    Object.entries(nameCounts).map(([type, counts]) => {
      const precision = counts.predicted ? counts.right / counts.predicted : 0
      const recall = counts.gold ? counts.found / counts.gold : 0
      return [type, { precision, recall, f1: harmonic(precision, recall), support: counts.gold }]
    }),
  ),
}

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2))
else {
  const f = (value: number) => value.toFixed(3)
  console.log(`${report.documents} documents, ${report.dates.gold} gold dates (first ${annotated} sentences)`)
  for (const [name, dates] of [['dates', report.dates], ['with timeReferences', report.datesWithReferences]] as const) {
    console.log(`${name}`)
    console.log(`  relaxed  precision ${f(dates.relaxed.precision)}  recall ${f(dates.relaxed.recall)}  F1 ${f(dates.relaxed.f1)}`)
    console.log(`  calendar precision ${f(dates.calendar.precision)}  recall ${f(dates.calendar.recall)}  F1 ${f(dates.calendar.f1)}  (relaxed, ${dates.calendar.gold} gold dates with a calendar value)`)
    console.log(`  strict   precision ${f(dates.strict.precision)}  recall ${f(dates.strict.recall)}  F1 ${f(dates.strict.f1)}`)
    console.log(`  value    accuracy ${f(dates.valueAccuracy)}  F1 ${f(dates.valueF1)}`)
  }
  for (const [type, score] of Object.entries(report.names)) {
    console.log(`${type.padEnd(14)} precision ${f(score.precision)}  recall ${f(score.recall)}  F1 ${f(score.f1)}  (${score.support} entities)`)
  }
  if (showErrors) console.log('\n' + errors.join('\n'))
}
