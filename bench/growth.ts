/**
 * Time to analyse one article of each size, in a process of its own (run by
 * bench/run.ts): the heap that the corpus rows leave behind would make the
 * collector's work, not copydesk's, grow with the size. Prints JSON:
 * `[{ size, chars, seconds }]`, each the median of 5 runs after a warm-up.
 */
import { analyze } from '../src/analyze.js'
import { article } from './corpus.js'

const rows = [1_000, 10_000, 100_000, 1_000_000].map((size) => {
  const text = article(7, size, 'text')
  analyze(text)
  const seconds: number[] = []
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    analyze(text)
    seconds.push((performance.now() - start) / 1000)
  }
  seconds.sort((a, b) => a - b)
  return { size, chars: text.length, seconds: seconds[2]! }
})
console.log(JSON.stringify(rows))
