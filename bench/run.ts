/**
 * The benchmark: `npm run bench`. Measures copydesk and baselines on one
 * core over a synthetic corpus (bench/corpus.ts), growth with article size,
 * corpus mode with 1 and 2 jobs, peak RSS and cold start, and writes
 * bench/results.md. Run it from the package root after `npm run build`:
 * it measures the built package (dist/), as users run it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { normalizeOptions } from '../src/options.js'
import { article, corpus, listArticle } from './corpus.js'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const articles = corpus(Number(process.env.BENCH_BYTES ?? 2_000_000))
const bytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const lines: string[] = []
const log = (line = '') => {
  console.log(line)
  lines.push(line)
}

interface Measure {
  median: number
  min: number
  max: number
}

// The timings run in plain Node on the built package (bench/measure.mjs),
// each kind in a process of its own.
const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'))
const input = join(dir, 'input.json')
const sizes = [
  ...[1_000, 10_000, 100_000, 1_000_000].map((size) => ({ kind: 'article', size, text: article(7, size, 'text') })),
  ...[100_000, 1_000_000].map((size) => ({ kind: 'list', size, text: listArticle(7, size) })),
]
writeFileSync(input, JSON.stringify({ corpus: articles, settings: normalizeOptions({}), sizes }))
const measure = (mode: 'rows' | 'growth') => JSON.parse(execFileSync(process.execPath, ['bench/measure.mjs', mode, input, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 26 }))
const rows = measure('rows') as Array<[string, Measure]>
const find = (name: string) => rows.find(([label]) => label === name)![1]
const compromise = find('compromise nlp() + people/orgs/places')
const full = find('analyze, everything on')

const mb = bytes / 1e6
log(`# copydesk benchmark`)
log()
log(`${new Date().toISOString().slice(0, 10)} · ${cpus()[0]?.model ?? 'cpu'} · ${availableParallelism()} cores · Node ${process.version} · one core unless noted`)
log()
log(`Corpus: ${articles.length} synthetic articles (bench/corpus.ts), ${(bytes / 1e6).toFixed(2)} MB, text/markdown/HTML. Median of ${runs} runs after a warm-up (min–max).`)
log()
log('| what | MB/s | articles/s | seconds |')
log('| --- | --- | --- | --- |')
for (const [name, measure] of rows) {
  log(`| ${name} | ${(mb / measure.median).toFixed(3)} (${(mb / measure.max).toFixed(3)}–${(mb / measure.min).toFixed(3)}) | ${(articles.length / measure.median).toFixed(1)} | ${measure.median.toFixed(2)} |`)
}
const remark = find('remark-parse alone')
log()
log(`analyze ÷ compromise baseline: ${(compromise.median / full.median).toFixed(2)}× the speed; analyze ÷ remark-parse: ${(remark.median / full.median).toFixed(2)}×.`)

// Where analyze's time goes, from a CPU profile (bench/measure.mjs profile).
const profiled = JSON.parse(
  execFileSync(process.execPath, ['--no-turbo-inlining', 'bench/measure.mjs', 'profile', input, String(Math.min(runs, 3))], { encoding: 'utf8', maxBuffer: 1 << 26 }),
) as { seconds: number; shares: Record<string, number> }
const share = (name: string) => `${((profiled.shares[name] ?? 0) * 100).toFixed(1)}%`
log()
log(`Where analyze's time goes: CPU profile of ${Math.min(runs, 3)} passes over the corpus (V8's inlining off so that every function keeps its frame; ${profiled.seconds.toFixed(2)} s a pass). Parts are disjoint within their stage.`)
log()
log('| stage | share | part | share |')
log('| --- | --- | --- | --- |')
for (const stage of ['parse to mdast', 'segment', 'classify', 'extract']) {
  log(`| ${stage} | ${share(stage)} | | |`)
  const parts = Object.keys(profiled.shares).filter((name) => name.startsWith(`${stage}: `))
  parts.sort((a, b) => (a.endsWith('the rest') ? 1 : b.endsWith('the rest') ? -1 : profiled.shares[b]! - profiled.shares[a]!))
  for (const part of parts) log(`| | | ${part.slice(stage.length + 2)} | ${share(part)} |`)
}
for (const other of ['garbage collection', 'analyze: the rest (report, glue)', 'outside analyze']) log(`| ${other} | ${share(other)} | | |`)

// Growth with article size: one article of each size, median of runs, in a
// fresh process.
log()
log('| article size (fresh process) | seconds | per KB (ms) |')
log('| --- | --- | --- |')
const growth = measure('growth') as Array<{ kind: string; size: number; chars: number; median: number }>
for (const { kind, size, chars, median } of growth) {
  const what = kind === 'list' ? ', a list naming new titles throughout' : ''
  log(`| ${(size / 1000).toFixed(0)} KB${what} | ${median.toFixed(3)} | ${((median * 1000) / (chars / 1000)).toFixed(2)} |`)
}
log()
log(`1 MB ÷ 100 KB time: ${(growth[3]!.median / growth[2]!.median).toFixed(1)}× (target ≤ 11×); for the list article ${(growth[5]!.median / growth[4]!.median).toFixed(1)}×.`)

// Corpus mode through the built CLI, 1 and 2 jobs, with peak RSS.
const jsonl = join(dir, 'corpus.jsonl')
writeFileSync(jsonl, articles.map((text, index) => JSON.stringify({ id: index, text })).join('\n') + '\n')
const corpusRun = (jobs: number, path = jsonl) => {
  const start = performance.now()
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'node', 'dist/cli.mjs', 'corpus', '--no-summary', '--jobs', String(jobs), path], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const seconds = (performance.now() - start) / 1000
  const rss = Number(result.stderr.trim().split('\n').at(-1))
  return { seconds, rss }
}
log()
log('| corpus mode (built CLI, whole corpus) | seconds | MB/s | peak RSS (MB) |')
log('| --- | --- | --- | --- |')
const one = corpusRun(1)
const two = corpusRun(2)
for (const [name, run] of [['--jobs 1', one], ['--jobs 2', two]] as const) {
  log(`| ${name} | ${run.seconds.toFixed(2)} | ${(mb / run.seconds).toFixed(3)} | ${Number.isFinite(run.rss) ? (run.rss / 1024).toFixed(0) : '?'} |`)
}
log()
log(`--jobs 2 ÷ --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}× (target ≥ 1.8×).`)

// What two cores give at most on this machine: the corpus split in halves,
// each analysed by a separate `--jobs 1` process, both started at once.
// Nothing is shared but the hardware (caches, memory bandwidth), so no pool
// of two workers can do better.
const halves = (path: string) => {
  const records = readFileSync(path, 'utf8').trimEnd().split('\n')
  const paths = [0, 1].map((half) => {
    const file = `${path}.${half}`
    writeFileSync(file, records.filter((_, index) => index % 2 === half).join('\n') + '\n')
    return file
  })
  const start = performance.now()
  execFileSync('sh', ['-c', paths.map((file) => `node dist/cli.mjs corpus --no-summary --jobs 1 ${file} > /dev/null &`).join(' ') + ' wait'])
  return (performance.now() - start) / 1000
}
const split = halves(jsonl)
log(`Two separate \`--jobs 1\` processes, half the corpus each, at once: ${split.toFixed(2)} s, ${(one.seconds / split).toFixed(2)}× one process — the most two cores give here.`)

// Each worker starts cold (loading, then compiling its hot code), which a
// short run cannot amortise: the same, on a corpus four times as long.
const long = join(dir, 'long.jsonl')
const longArticles = corpus(4 * Number(process.env.BENCH_BYTES ?? 2_000_000), 2)
const longMb = longArticles.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
writeFileSync(long, longArticles.map((text, index) => JSON.stringify({ id: index, text })).join('\n') + '\n')
const longOne = corpusRun(1, long)
const longTwo = corpusRun(2, long)
log()
const longSplit = halves(long)
log(`Four times as long (${longMb.toFixed(1)} MB): --jobs 1 ${longOne.seconds.toFixed(1)} s, --jobs 2 ${longTwo.seconds.toFixed(1)} s, ${(longOne.seconds / longTwo.seconds).toFixed(2)}×; two separate processes on halves ${longSplit.toFixed(1)} s, ${(longOne.seconds / longSplit).toFixed(2)}×; peak RSS ${(longOne.rss / 1024).toFixed(0)} / ${(longTwo.rss / 1024).toFixed(0)} MB.`)

// Cold start: import and one analyze in a fresh process.
const cold: number[] = []
for (let run = 0; run < 5; run++) {
  const out = execFileSync('node', ['-e', "const t=performance.now();const {analyze}=require('./dist/index.js');analyze('Netflix said the show returns in 2025.');console.log(performance.now()-t)"], { encoding: 'utf8' })
  cold.push(Number(out.trim()))
}
cold.sort((a, b) => a - b)
log()
log(`Cold start (require + first analyze, fresh process): median ${cold[2]!.toFixed(0)} ms (min ${cold[0]!.toFixed(0)}, max ${cold[4]!.toFixed(0)}).`)

// The CLI is bundled with its dependencies: the whole process, from start to
// exit, on the seed fixture.
const cli: number[] = []
for (let run = 0; run < 5; run++) {
  const start = performance.now()
  execFileSync('node', ['dist/cli.mjs', '--format', 'json', 'fixtures/all-of-us-are-dead-season-2.txt'], { encoding: 'utf8' })
  cli.push(performance.now() - start)
}
cli.sort((a, b) => a - b)
log(`CLI, whole process (\`node dist/cli.mjs --format json\` on the seed fixture): median ${cli[2]!.toFixed(0)} ms (min ${cli[0]!.toFixed(0)}, max ${cli[4]!.toFixed(0)}).`)

writeFileSync('bench/results.md', lines.join('\n') + '\n')
console.log('\nwrote bench/results.md')
