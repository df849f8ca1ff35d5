// Timings for `npm run bench`, in plain Node on the built package (no
// TypeScript loader in the way), as users run copydesk. bench/run.ts writes
// the input and reads the JSON this prints.
//
//   node bench/measure.mjs rows <input.json> <runs>    throughput rows
//   node bench/measure.mjs growth <input.json> <runs>  one article per size
//
// <input.json>: { "corpus": [text, …], "settings": {…}, "sizes": [{ "size": 1000, "text": … }, …] }
import { readFileSync } from 'node:fs'
import nlp from 'compromise'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { analyze, classify, detectFormat, extract, segment, toMdast } from '../dist/index.mjs'

const [mode, path, runsArgument] = process.argv.slice(2)
const input = JSON.parse(readFileSync(path, 'utf8'))
const runs = Number(runsArgument ?? 5)

// Seconds for `work`: one warm-up, then the median of `runs`, with min and max.
function time(work) {
  work()
  const seconds = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    work()
    seconds.push((performance.now() - start) / 1000)
  }
  seconds.sort((a, b) => a - b)
  return { median: seconds[seconds.length >> 1], min: seconds[0], max: seconds.at(-1) }
}

if (mode === 'growth') {
  console.log(JSON.stringify(input.sizes.map(({ kind, size, text }) => ({ kind, size, chars: text.length, ...time(() => analyze(text)) }))))
} else {
  const articles = input.corpus
  // analyze's default settings, as bench/run.ts read them from src/options.ts.
  const settings = input.settings
  const mdasts = articles.map((text) => ({ text, format: detectFormat(text) }))
  const trees = () => mdasts.map(({ text, format }) => segment(toMdast(text, format), text, format))
  let parsed = trees()
  const processor = unified().use(remarkParse)
  const rows = []
  const row = (name, work) => rows.push([name, time(work)])
  row('regex word split (floor)', () => articles.forEach((text) => text.split(/\s+/).length))
  row('remark-parse alone', () => articles.forEach((text) => processor.parse(text)))
  row('compromise nlp() + people/orgs/places', () =>
    articles.forEach((text) => {
      const doc = nlp(text)
      doc.people().out('array')
      doc.organizations().out('array')
      doc.places().out('array')
    }),
  )
  row('stage: parse (to mdast)', () => mdasts.forEach(({ text, format }) => toMdast(text, format)))
  row('stage: parse + segment', () => {
    parsed = trees()
  })
  row('stage: classify', () => parsed.forEach((tree) => classify(tree)))
  row('stage: extract', () => parsed.forEach((tree, index) => extract(tree, articles[index], settings)))
  // The stage rows keep every tree of the corpus alive; analyze is measured
  // as a caller runs it, without that heap for the collector to walk.
  parsed = []
  row('analyze, everything on', () => articles.forEach((text) => analyze(text)))
  console.log(JSON.stringify(rows))
}
