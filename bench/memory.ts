/**
 * Does corpus mode keep memory flat however long the input is? Streams a
 * long synthetic corpus (every article naming a person no other article
 * names, so the summary is stressed too) into `copydesk corpus` on stdin and
 * samples the process's resident memory as rows come out.
 *
 *   npm run bench:memory -- [--articles 10000] [--jobs 2]
 *
 * Prints the peak RSS in each tenth of the run and appends the table to
 * bench/results.md.
 */
import { spawn } from 'node:child_process'
import { appendFileSync, readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { article } from './corpus.js'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, jobs: { type: 'string', default: String(cpus().length) } } })
const total = Number(values.articles)
const jobs = Number(values.jobs)
const formats = ['text', 'markdown', 'html'] as const
const syllables = ['ka', 'ren', 'mi', 'do', 'sa', 'lu', 'vo', 'ti', 'ne', 'ro', 'ha', 'jin']
const uniqueName = (index: number) => {
  const word = (n: number) => {
    let text = ''
    do {
      text += syllables[n % syllables.length]
      n = Math.floor(n / syllables.length)
    } while (n > 0)
    return text[0]!.toUpperCase() + text.slice(1)
  }
  return `${word(index)} ${word(index * 7 + 3)}`
}

const child = spawn('node', ['dist/cli.mjs', 'corpus', '--jobs', String(jobs), '-'], { stdio: ['pipe', 'pipe', 'inherit'] })
const rss = () => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

let bytes = 0
void (async () => {
  for (let index = 0; index < total; index++) {
    const text = `Director ${uniqueName(index)} said the project is on schedule.\n\n` + article(index + 1, 800 + (index % 7) * 300, formats[index % 3]!)
    bytes += text.length
    if (!child.stdin.write(JSON.stringify({ id: index, text }) + '\n')) await new Promise((resolve) => child.stdin.once('drain', resolve))
  }
  child.stdin.end()
})()

const peaks = Array.from({ length: 10 }, () => 0)
let rows = 0
let pending = ''
child.stdout.on('data', (chunk: Buffer) => {
  pending += chunk.toString('utf8')
  const lines = pending.split('\n')
  pending = lines.pop()!
  rows += lines.filter((line) => line.startsWith('{"line"')).length
})
const started = performance.now()
const sampler = setInterval(() => {
  try {
    const tenth = Math.min(9, Math.floor((rows / total) * 10))
    peaks[tenth] = Math.max(peaks[tenth]!, rss())
  } catch {
    // The process has exited between two samples.
  }
}, 200)

child.on('close', (code) => {
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  const lines = [
    '',
    `### Memory over a long corpus (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version})`,
    '',
    `\`npm run bench:memory -- --articles ${total} --jobs ${jobs}\`: ${total} articles, ${(bytes / 1e6).toFixed(1)} MB, each naming a distinct person; ${rows} rows in ${seconds.toFixed(0)} s, exit ${code}.`,
    '',
    '| rows done | ' + peaks.map((_, tenth) => `${tenth * 10}–${tenth * 10 + 10}%`).join(' | ') + ' |',
    '| --- | ' + peaks.map(() => '---').join(' | ') + ' |',
    '| peak RSS (MB) | ' + peaks.map((peak) => peak.toFixed(0)).join(' | ') + ' |',
    '',
    `Last tenth ÷ second tenth: ${(peaks[9]! / peaks[1]!).toFixed(2)}× (flat memory: ≈ 1).`,
  ]
  console.log(lines.join('\n'))
  appendFileSync('bench/results.md', lines.join('\n') + '\n')
  if (code !== 0 || rows !== total) process.exitCode = 1
})
