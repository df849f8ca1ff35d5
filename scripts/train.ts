/**
 * Fit the classifier’s weights on a labelled set and write them to
 * src/classify/weights.json; report cross-validated scores by article.
 *
 *   npm run train -- ../shared/eval/dev.jsonl [--folds 5] [--dry-run] [--l2 0.005] [--steps 400]
 *
 * Run from the package root.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { acrossBlocks, decideUnit, type BlockLabel, type Weights } from '../src/classify/classify.js'
import { fit, type Example } from '../src/classify/fit.js'
import { featurize, type BlockUnit } from '../src/classify/units.js'
import { goldSpans, readLabelled } from '../src/evaluate/labelled.js'
import { scoreLabels } from '../src/evaluate/score.js'
import { report as stats } from '../src/report.js'
import { parse } from '../src/parse.js'
import type { Label } from '../src/tree.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string', default: '5' },
    'dry-run': { type: 'boolean', default: false },
    // The fit's L2 penalty and steps, to compare settings by their cross-validated score.
    l2: { type: 'string' },
    steps: { type: 'string' },
  },
})
const path = positionals[0]
if (!path) {
  console.error('usage: npm run train -- <labelled.jsonl> [--folds 5] [--dry-run] [--l2 0.005] [--steps 400]')
  process.exit(2)
}

interface Prepared {
  id: string
  units: BlockUnit[]
  gold: Label[]
}

const articles = readLabelled(readFileSync(path, 'utf8'), path)
const prepared: Prepared[] = articles.map((article) => {
  const units = featurize(parse(article.text, { format: 'text' }))
  const spans = goldSpans(article.text)
  // Text format makes exactly the gold blocks; align by offset all the same.
  const gold = units.map((unit) => {
    const start = unit.block.position.start.offset!
    const at = spans.findIndex(([from, to]) => start >= from && start < to)
    return article.blocks[at === -1 ? 0 : at]!
  })
  return { id: article.id, units, gold }
})

function examples(set: Prepared[]) {
  const block: Example[] = []
  const sentence: Example[] = []
  for (const article of set) {
    article.units.forEach((unit, index) => {
      const label = article.gold[index]!
      block.push({ features: unit.features, label })
      for (const one of unit.sentences) sentence.push({ features: one.features, label, weight: 1 / unit.sentences.length })
    })
  }
  return { block, sentence }
}

function train(set: Prepared[]): Weights {
  const { block, sentence } = examples(set)
  const name = basename(path!)
  const settings = { ...(values.l2 ? { l2: Number(values.l2) } : {}), ...(values.steps ? { steps: Number(values.steps) } : {}) }
  return { block: fit(block, name, settings), sentence: fit(sentence, name, settings) }
}

function run(weights: Weights, set: Prepared[]) {
  const pairs: Array<{ gold: Label; predicted: Label }> = []
  const errors: string[] = []
  let absolute = 0
  for (const article of set) {
    // The whole classifier: each block's decision, then the rules across blocks.
    const results = article.units.map((unit): BlockLabel => ({ block: unit.block, ...decideUnit(unit, weights), cues: [], sentences: [] }))
    acrossBlocks(results)
    const predicted = results.map((result) => result.label)
    predicted.forEach((label, index) => {
      pairs.push({ gold: article.gold[index]!, predicted: label })
      if (label !== article.gold[index]) {
        errors.push(`${article.gold[index]} → ${label}: ${article.units[index]!.block.text.slice(0, 140).replace(/\n/g, '⏎')}`)
      }
    })
    const words = article.units.map((unit) => unit.block.words)
    absolute += Math.abs(
      stats(predicted.map((label, i) => ({ label, words: words[i]! }))).adRatio -
        stats(article.gold.map((label, i) => ({ label, words: words[i]! }))).adRatio,
    )
  }
  return { ...scoreLabels(pairs), adRatioMAE: set.length ? absolute / set.length : 0, pairs, errors }
}

function report(name: string, result: ReturnType<typeof run>) {
  const f = (x: number) => x.toFixed(3)
  const per = Object.entries(result.perLabel).map(([label, s]) => `${label} ${f(s.f1)}`).join('  ')
  console.log(`${name.padEnd(16)} macro-F1 ${f(result.macroF1)}  ${per}  ad-ratio MAE ${f(result.adRatioMAE)}`)
}

const folds = Number(values.folds)
const foldOf = (index: number) => index % folds
// Pool the folds’ predictions, so that the cross-validated figure is over all blocks.
const pooled: Array<{ gold: Label; predicted: Label }> = []
let absolute = 0
for (let fold = 0; fold < folds; fold++) {
  const testSet = prepared.filter((_, index) => foldOf(index) === fold)
  const result = run(train(prepared.filter((_, index) => foldOf(index) !== fold)), testSet)
  pooled.push(...result.pairs)
  absolute += result.adRatioMAE * testSet.length
  if (process.env.COPYDESK_DEBUG) for (const error of result.errors) console.log(error)
}
report(`cv ${folds}-fold`, { ...scoreLabels(pooled), adRatioMAE: absolute / prepared.length, pairs: pooled, errors: [] })
const weights = train(prepared)
report('train (all)', run(weights, prepared))
if (!values['dry-run']) {
  writeFileSync('src/classify/weights.json', JSON.stringify(weights, null, 1) + '\n')
  console.log('wrote src/classify/weights.json')
}
