/**
 * Named entities on the WNUT-17 test set (emerging and rare entities in
 * tweets, Reddit and YouTube comments; CC BY 4.0, read in place from the path
 * given, never copied into this repository).
 *
 *   npx tsx scripts/wnut17.mts ../shared/benchmarks/wnut17/emerging.test.annotated [--json]
 *   npx tsx scripts/wnut17.mts <gold> --predictions <system.conll[.gz]>   # score a CoNLL system output instead
 *
 * The second form checks the scorer: the shared task's winner
 * (reference-outputs/uh_ritual.test.conll.gz) scores 0.459 on these four
 * types, the figure the shared task's tables give.
 *
 * Each sentence is analysed on its own, its tokens joined by spaces.
 * copydesk's mentions become token spans; the score is exact-span micro-F1
 * over the four types copydesk has: person, place (location), org
 * (corporation and group) and show (creative-work). `product` has no
 * copydesk type and is left out.
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { analyze } from '../src/index.js'
import { prf } from '../src/evaluate/score.js'

const path = process.argv[2]
if (!path) {
  console.error('usage: tsx scripts/wnut17.mts <emerging.test.annotated> [--json]')
  process.exit(2)
}
const types: Record<string, string> = { person: 'person', location: 'place', corporation: 'org', group: 'org', 'creative-work': 'show' }
const scored = ['person', 'place', 'org', 'show']

/** Sentences as token and BIO tag lists. */
function sentences(text: string): Array<Array<[string, string]>> {
  return text
    .replace(/\r/g, '')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim()).map((line) => line.split('\t') as [string, string]))
    .filter((tokens) => tokens.length)
}

/** `type first last` keys of the gold spans. */
function goldSpans(tokens: Array<[string, string]>): Set<string> {
  const spans = new Set<string>()
  let open: { type: string; first: number } | undefined
  const close = (last: number) => {
    if (open && types[open.type]) spans.add(`${types[open.type]} ${open.first} ${last}`)
    open = undefined
  }
  tokens.forEach(([, tag], index) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && open?.type !== tag.slice(2))) {
      close(index - 1)
      open = { type: tag.slice(2), first: index }
    } else if (!tag.startsWith('I-')) close(index - 1)
  })
  close(tokens.length - 1)
  return spans
}

const predictionsAt = process.argv.indexOf('--predictions')
const predictionFile = predictionsAt === -1 ? undefined : process.argv[predictionsAt + 1]
const systemSentences = predictionFile
  ? sentences((predictionFile.endsWith('.gz') ? gunzipSync(readFileSync(predictionFile)) : readFileSync(predictionFile)).toString('utf8'))
  : undefined

const counts = Object.fromEntries(scored.map((type) => [type, { right: 0, predicted: 0, gold: 0 }]))
const all = readFileSync(path, 'utf8')
const list = sentences(all)
for (const [index, tokens] of list.entries()) {
  const starts: number[] = []
  let text = ''
  for (const [token] of tokens) {
    if (text) text += ' '
    starts.push(text.length)
    text += token
  }
  const ends = tokens.map(([token], index) => starts[index]! + token.length)
  const gold = goldSpans(tokens)
  const system = systemSentences?.[index]
  // A system output's tag is its last column.
  const predicted = system ? goldSpans(system.map((columns) => [columns[0]!, columns.at(-1)!])) : new Set<string>()
  for (const entity of system ? [] : analyze(text, { format: 'text' }).entities) {
    if (!scored.includes(entity.type)) continue
    for (const mention of entity.mentions) {
      const first = ends.findIndex((end) => end > mention.start)
      const last = starts.findLastIndex((start) => start < mention.end)
      if (first !== -1 && last >= first) predicted.add(`${entity.type} ${first} ${last}`)
    }
  }
  for (const key of gold) counts[key.split(' ')[0]!]!.gold++
  for (const key of predicted) {
    const count = counts[key.split(' ')[0]!]!
    count.predicted++
    if (gold.has(key)) count.right++
  }
}

const total = Object.values(counts).reduce((sum, count) => ({ right: sum.right + count.right, predicted: sum.predicted + count.predicted, gold: sum.gold + count.gold }), { right: 0, predicted: 0, gold: 0 })
const report = {
  sentences: list.length,
  micro: prf(total.right, total.predicted, total.gold),
  perType: Object.fromEntries(Object.entries(counts).map(([type, count]) => [type, prf(count.right, count.predicted, count.gold)])),
}
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2))
else {
  const f = (value: number) => value.toFixed(3)
  console.log(`${report.sentences} sentences; exact-span F1 over person, place, org, show`)
  console.log(`micro          precision ${f(report.micro.precision)}  recall ${f(report.micro.recall)}  F1 ${f(report.micro.f1)}  (${total.gold} gold)`)
  for (const [type, score] of Object.entries(report.perType)) {
    console.log(`${type.padEnd(14)} precision ${f(score.precision)}  recall ${f(score.recall)}  F1 ${f(score.f1)}  (${score.support} gold)`)
  }
}
