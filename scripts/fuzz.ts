/**
 * Fuzz analyze with generated articles and check its invariants:
 *   npm run fuzz [-- --runs 100000 --seed 1]
 * Prints the number of cases run and every failure with a reproducible seed.
 */
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { anyArticle } from '../test/generators.js'
import { checkAnalysis } from '../test/invariants.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string', default: String(Date.now() % 1e9) } } })
const runs = Number(values.runs)
const seed = Number(values.seed)
let cases = 0
const started = Date.now()
const result = fc.check(
  fc.property(anyArticle, ({ input, format }) => {
    cases++
    if (cases % 10_000 === 0) console.error(`${cases} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`)
    checkAnalysis(input, format)
  }),
  { seed, numRuns: runs },
)
console.log(`${cases} cases run (seed ${seed}), ${result.failed ? 1 : 0} failures`)
if (result.failed) {
  console.log(fc.defaultReportMessage(result))
  process.exit(1)
}
