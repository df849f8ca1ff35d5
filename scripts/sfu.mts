/**
 * Sentence-level speculation on the SFU Review corpus (GPL data: read at
 * run time from the path given, never copied into this repository).
 *
 *   npx tsx scripts/sfu.mts ../shared/benchmarks/sfu-review-speculation/sentences.jsonl [--json]
 *
 * A sentence is speculative for copydesk when a hedge cue of the lexicon
 * (a row with `hedge: true`: modals, conditionals, epistemic verbs) matches
 * it; topical cues (the future, rumours, plans) are for news, not reviews. Two figures: against every gold sentence, and with
 * sentences that are speculative only through “or/either/whether” left out
 * (the corpus counts disjunction as speculation; copydesk does not).
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { findCues } from '../src/classify/features.js'
import { prf } from '../src/evaluate/score.js'

const path = process.argv[2]
if (!path) {
  console.error('usage: tsx scripts/sfu.mts <sentences.jsonl> [--json]')
  process.exit(2)
}

interface Row {
  text: string
  speculation: boolean
  speculation_cues: Array<string | { text?: string }>
}

const counts = { all: { tp: 0, fp: 0, fn: 0 }, noDisjunction: { tp: 0, fp: 0, fn: 0 } }
let sentences = 0
const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
for await (const line of lines) {
  if (!line.trim()) continue
  const row = JSON.parse(line) as Row
  sentences++
  // The corpus text is tokenised (“Grisham 's”); join clitics back for the lexicon.
  const text = row.text.replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1').replace(/ ([.,!?;:])/g, '$1')
  const predicted = findCues(text).some((cue) => cue.rule.hedge)
  const cues = row.speculation_cues.map((cue) => (typeof cue === 'string' ? cue : cue.text ?? '').toLowerCase())
  const onlyDisjunction = row.speculation && cues.length > 0 && cues.every((cue) => /^(?:or|either|whether|either or|or not)$/.test(cue.trim()))
  for (const [name, gold] of [['all', row.speculation], ['noDisjunction', row.speculation && !onlyDisjunction]] as const) {
    const count = counts[name]
    if (predicted && gold) count.tp++
    else if (predicted) count.fp++
    else if (gold) count.fn++
  }
}
const result = Object.fromEntries(
  Object.entries(counts).map(([name, { tp, fp, fn }]) => [name, prf(tp, tp + fp, tp + fn)]),
)
if (process.argv.includes('--json')) console.log(JSON.stringify({ sentences, ...result }, null, 2))
else {
  console.log(`${sentences} sentences`)
  for (const [name, score] of Object.entries(result)) {
    console.log(`${name.padEnd(14)} precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}`)
  }
}
