// Timings for `npm run bench`, in plain Node on the built package (no
// TypeScript loader in the way), as users run copydesk. bench/run.ts writes
// the input and reads the JSON this prints.
//
//   node bench/measure.mjs rows <input.json> <runs>    throughput rows
//   node bench/measure.mjs growth <input.json> <runs>  one article per size
//   node bench/measure.mjs profile <input.json> <runs>  where analyze's time goes
//
// <input.json>: { "corpus": [text, …], "settings": {…}, "sizes": [{ "size": 1000, "text": … }, …] }
import { readFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
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

// Where analyze's time goes: a CPU profile of `runs` passes over the corpus
// after a warm-up. Each sample goes to the stage on its stack, and within
// the stage to the outermost of the stage's parts on the stack (a regex scan
// inside the date finder counts as dates), or else to the stage's rest.
// Functions are found by name in the bundle (esbuild may add a digit to a
// name it renames); `find` and `in` are the tries' scans (NameList,
// TitleIndex). bench/run.ts runs this with V8's inlining off, since an
// inlined function leaves no frame of its own.
const stages = [
  ['parse to mdast', /^toMdast\d*$/, []],
  ['segment', /^segment\d*$/, [['sentence splitting (retext)', /^splitSentences\d*$/]]],
  ['classify', /^classify\d*$/, [['cue scan', /^findCues\d*$/], ['features', /^extractFeatures\d*$/], ['model and rules', /^decideUnit\d*$/]]],
  [
    'extract',
    /^extract\d*$/,
    [
      ['compromise', /^compromiseSays\d*$/],
      ['dates', /^findDates\d*$/],
      ['title contexts', /^titleIn\d*$/],
      ['known titles and gazetteers (tries)', /^(?:find|in)$/],
      ['name rules', /^(?:namesIn|givenNamesIn|placeName|listsIn|orgShaped)\d*$/],
      ['merging mentions', /^merge\d*$/],
      ['regex scans: capitalised runs, quotes, money', /^allMatches\d*$/],
    ],
  ],
]
async function profile(articles) {
  articles.forEach((text) => analyze(text))
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  for (let run = 0; run < runs; run++) articles.forEach((text) => analyze(text))
  const { profile: cpu } = await session.post('Profiler.stop')
  session.disconnect()
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of cpu.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const ours = (node) => node.callFrame.url === '' || /dist\/index\.m?js$/.test(node.callFrame.url)
  const shares = new Map()
  const count = (name, micros) => shares.set(name, (shares.get(name) ?? 0) + micros)
  let total = 0
  cpu.samples.forEach((id, index) => {
    const micros = cpu.timeDeltas[index] ?? 0
    const leaf = byId.get(id).callFrame.functionName
    if (leaf === '(idle)' || leaf === '(program)') return
    total += micros
    if (leaf === '(garbage collector)') return count('garbage collection', micros)
    // The stack from the root down.
    const stack = []
    for (let at = id; at !== undefined; at = parent.get(at)) stack.unshift(byId.get(at))
    const named = (pattern) => stack.findIndex((node) => pattern.test(node.callFrame.functionName) && ours(node))
    const stage = stages.find(([, pattern]) => named(pattern) !== -1)
    if (!stage) return count(named(/^analyze$/) === -1 ? 'outside analyze' : 'analyze: the rest (report, glue)', micros)
    const [name, pattern, subparts] = stage
    count(name, micros)
    const frame = stack.slice(named(pattern) + 1).find((node) => ours(node) && subparts.some(([, sub]) => sub.test(node.callFrame.functionName)))
    if (subparts.length) count(`${name}: ${frame ? subparts.find(([, sub]) => sub.test(frame.callFrame.functionName))[0] : 'the rest'}`, micros)
  })
  return { seconds: total / 1e6 / runs, shares: Object.fromEntries([...shares].map(([name, micros]) => [name, micros / total])) }
}

if (mode === 'profile') {
  console.log(JSON.stringify(await profile(input.corpus)))
} else if (mode === 'growth') {
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
