import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Command, InvalidArgumentError } from 'commander'
import { globSync, isDynamicPattern } from 'tinyglobby'
import type { Analysis } from './analyze.js'
import { CopydeskError } from './errors.js'
import type { Evaluation } from './evaluate/evaluate.js'
import { readLabelled } from './evaluate/labelled.js'
import { formats, type Format } from './options.js'
import { runCorpus } from './run-corpus.js'
import { labels, type Label } from './tree.js'

const version = '0.1.0'
const useColor = process.stdout.isTTY && !process.env.NO_COLOR
const colors: Record<Label, number> = { news: 32, speculation: 33, promo: 31, other: 90 }
const paint = (label: Label, text: string) => (useColor ? `\u001b[${colors[label]}m${text}\u001b[39m` : text)

interface InputOptions {
  formatIn: Format
  published?: string
  entities: boolean
  timeReferences?: boolean
}

function readInput(file: string): string {
  const buffer = readFileSync(file === '-' ? 0 : file)
  if (buffer.includes(0)) throw new Error(`${file}: binary file (contains NUL bytes)`)
  return new TextDecoder('utf-8', { fatal: true }).decode(buffer)
}

// Files as given, with glob patterns expanded (for shells that do not, and
// for quoted patterns); a pattern that matches nothing stays, to be reported.
function expandFiles(args: string[]): string[] {
  return args.flatMap((arg) => {
    if (arg === '-' || existsSync(arg) || !isDynamicPattern(arg)) return [arg]
    const matches = globSync(arg, { onlyFiles: true }).sort()
    return matches.length ? matches : [arg]
  })
}

// The analyser (compromise, the parsers, the gazetteers) is loaded when a
// command first needs it, so that --help, usage errors and `corpus` with
// worker threads do not pay for it in this thread.
const loadAnalyzer = () => import('./analyze.js')

async function analyzeInput(input: string, options: InputOptions): Promise<Analysis> {
  const { analyze } = await loadAnalyzer()
  return analyze(input, {
    format: options.formatIn,
    entities: options.entities,
    ...(options.published ? { published: options.published } : {}),
    ...(options.timeReferences ? { timeReferences: true } : {}),
  })
}

const timeReferencesHelp = 'also find vague time references (“now”, “recently”, “the day”) as dates, as TimeML does'

function ratio(value: string): number {
  const number = Number(value)
  if (!(number >= 0 && number <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1')
  return number
}

function jobsOption(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1')
  return number
}

function formatIn(value: string): Format {
  if (!formats.includes(value as Format)) throw new InvalidArgumentError(`expected one of: ${formats.join(', ')}`)
  return value as Format
}

function printAnalysis(file: string, analysis: Analysis, input: string): void {
  const lines: string[] = [`${file}`]
  analysis.blocks.forEach((block, index) => {
    const { line, column } = lineColumn(input, block.start)
    const excerpt = block.text.replace(/\s+/g, ' ')
    lines.push(`  ${String(index).padStart(3)}  ${paint(block.label, block.label.padEnd(11))} ${`${line}:${column}`.padEnd(8)} ${excerpt.length > 72 ? `${excerpt.slice(0, 71)}…` : excerpt}`)
    const cues = block.cues.filter((cue) => cue.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, 4)
    if (cues.length) lines.push(`${' '.repeat(18)}cues: ${cues.map((cue) => `${paint(cue.label, cue.text)} (${cue.id} ${cue.weight.toFixed(2)})`).join(', ')}`)
    if (block.rule) lines.push(`${' '.repeat(18)}rule: ${block.rule}`)
  })
  if (analysis.entities.length) {
    lines.push('', '  entities')
    for (const entity of analysis.entities) {
      lines.push(`    ${entity.type.padEnd(7)} ${entity.name}${entity.value ? ` = ${entity.value}` : ''}  ×${entity.mentions.length}`)
    }
  }
  const { stats } = analysis
  lines.push(
    '',
    `  words ${stats.words}  ${labels.map((label) => `${label} ${stats.wordsByLabel[label]}`).join('  ')}`,
    `  ad ratio ${stats.adRatio.toFixed(3)}  speculation ratio ${stats.speculationRatio.toFixed(3)}`,
    '',
  )
  process.stdout.write(lines.join('\n') + '\n')
}

function markdownReport(file: string, analysis: Analysis, input: string): string {
  const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|')
  const lines = [`## ${file}`, '', '| # | label | at | words | text |', '| --- | --- | --- | --- | --- |']
  analysis.blocks.forEach((block, index) => {
    const { line, column } = lineColumn(input, block.start)
    const text = cell(block.text)
    lines.push(`| ${index} | ${block.label} | ${line}:${column} | ${block.words} | ${text.length > 80 ? `${text.slice(0, 79)}…` : text} |`)
  })
  if (analysis.entities.length) {
    lines.push('', '| type | name | value | mentions |', '| --- | --- | --- | --- |')
    for (const entity of analysis.entities) lines.push(`| ${entity.type} | ${cell(entity.name)} | ${entity.value ?? ''} | ${entity.mentions.length} |`)
  }
  const { stats } = analysis
  lines.push('', `Words: ${stats.words}. Ad ratio ${stats.adRatio.toFixed(3)}, speculation ratio ${stats.speculationRatio.toFixed(3)}.`, '', '')
  return lines.join('\n')
}

function lineColumn(input: string, offset: number): { line: number; column: number } {
  let line = 1
  let last = -1
  for (let index = input.indexOf('\n'); index !== -1 && index < offset; index = input.indexOf('\n', index + 1)) {
    line++
    last = index
  }
  return { line, column: offset - last }
}

function plain(analysis: Analysis) {
  const { tree: _tree, ...rest } = analysis
  return rest
}

function csvRow(values: Array<string | number>): string {
  return values.map((value) => (typeof value === 'number' ? String(value) : `"${value.replace(/"/g, '""')}"`)).join(',')
}

function fail(error: unknown): never {
  const message = error instanceof CopydeskError || error instanceof Error ? error.message : String(error)
  process.stderr.write(`copydesk: ${message}\n`)
  process.exit(2)
}

// A closed pipe (`copydesk corpus big.jsonl | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const program = new Command()
program
  .name('copydesk')
  .description('Label the blocks of news articles as news, speculation, promo or other, extract entities and report the ad ratio.')
  .version(version)
  .showHelpAfterError()
  // Usage errors exit 2, as the check gate promises; help and --version exit 0.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))

program
  .command('analyze', { isDefault: true })
  .description('analyse articles (files, or - for standard input)')
  .argument('<files...>', 'articles to analyse (files, glob patterns, or - for standard input)')
  .option('-f, --format <format>', 'output: pretty, json, jsonl, csv or markdown', 'pretty')
  .option('--format-in <format>', 'input format: auto, text, markdown or html', formatIn, 'auto' as Format)
  .option('--published <date>', 'publication date, the reference for “last year” (YYYY-MM-DD)')
  .option('--no-entities', 'skip entity extraction')
  .option('--time-references', timeReferencesHelp)
  .addHelpText('after', '\nExamples:\n  $ copydesk fixtures/all-of-us-are-dead-season-2.txt\n  $ copydesk --format json article.md\n  $ cat page.html | copydesk --format-in html -')
  .action(async (files: string[], options: InputOptions & { format: string }) => {
    if (!['pretty', 'json', 'jsonl', 'csv', 'markdown'].includes(options.format)) {
      fail(`unknown --format \`${options.format}\`, expected one of: pretty, json, jsonl, csv, markdown`)
    }
    let failed = false
    if (options.format === 'csv') process.stdout.write(csvRow(['file', 'words', 'news', 'speculation', 'promo', 'other', 'adRatio', 'speculationRatio', 'error']) + '\n')
    const results: unknown[] = []
    for (const file of expandFiles(files)) {
      try {
        const input = readInput(file)
        const analysis = await analyzeInput(input, options)
        if (options.format === 'pretty') printAnalysis(file, analysis, input)
        else if (options.format === 'markdown') process.stdout.write(markdownReport(file, analysis, input))
        else if (options.format === 'jsonl') process.stdout.write(JSON.stringify({ file, ...plain(analysis) }) + '\n')
        else if (options.format === 'json') results.push({ file, ...plain(analysis) })
        else {
          const { stats } = analysis
          process.stdout.write(csvRow([file, stats.words, ...labels.map((label) => stats.wordsByLabel[label]), stats.adRatio, stats.speculationRatio, '']) + '\n')
        }
      } catch (error) {
        failed = true
        const message = (error as Error).message
        process.stderr.write(`copydesk: ${file}: ${message}\n`)
        if (options.format === 'jsonl') process.stdout.write(JSON.stringify({ file, error: message }) + '\n')
        if (options.format === 'json') results.push({ file, error: message })
        if (options.format === 'csv') process.stdout.write(csvRow([file, '', '', '', '', '', '', '', message]) + '\n')
      }
    }
    if (options.format === 'json') process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n')
    process.exitCode = failed ? 1 : 0
  })

program
  .command('corpus')
  .description('analyse a JSON Lines corpus: one output row per input line, in order, using worker threads')
  .argument('<file>', 'a .jsonl file, or - for standard input')
  .option('-f, --format <format>', 'output: jsonl or csv', 'jsonl')
  .option('--format-in <format>', 'input format of the texts: auto, text, markdown or html', formatIn, 'auto' as Format)
  .option('--text-field <name>', 'field holding the article text', 'text')
  .option('--id-field <name>', 'field holding the article id', 'id')
  .option('--published-field <name>', 'field holding the publication date', 'published')
  .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', jobsOption, availableParallelism())
  .option('--time-references', timeReferencesHelp)
  .option('--no-summary', 'do not print the corpus summary on standard error')
  .addHelpText('after', '\nEach output row carries the input line number and id; a line that fails gives a row with `error`.\nExit codes: 0 all lines analysed, 1 some failed, 2 usage error.\n\nExamples:\n  $ copydesk corpus articles.jsonl > results.jsonl\n  $ copydesk corpus --format csv --jobs 2 --text-field body articles.jsonl > results.csv')
  .action(async (file: string, options: { format: string; formatIn: Format; textField: string; idField: string; publishedField: string; jobs: number; summary: boolean; timeReferences?: boolean }) => {
    if (!['jsonl', 'csv'].includes(options.format)) fail(`unknown --format \`${options.format}\`, expected one of: jsonl, csv`)
    let total = 0
    let read = 0
    let source: AsyncIterable<Buffer | string>
    try {
      if (file === '-') source = process.stdin
      else {
        total = statSync(file).size
        source = createReadStream(file)
      }
    } catch (error) {
      fail(`${file}: ${(error as Error).message}`)
    }
    const counted = (async function* () {
      for await (const chunk of source) {
        read += chunk.length
        yield chunk
      }
    })()
    const signal = { stopped: false }
    process.once('SIGINT', () => {
      signal.stopped = true
    })
    const started = Date.now()
    let lastDraw = 0
    const showProgress = process.stderr.isTTY && !process.env.CI
    const summary = await runCorpus({
      input: counted,
      output: process.stdout,
      fields: { text: options.textField, id: options.idField, published: options.publishedField },
      format: options.formatIn,
      timeReferences: options.timeReferences ?? false,
      outputFormat: options.format as 'jsonl' | 'csv',
      jobs: options.jobs,
      worker: new URL('./worker.mjs', import.meta.url),
      signal,
      ...(showProgress
        ? {
            onProgress: (done: number) => {
              const now = Date.now()
              if (now - lastDraw < 200) return
              lastDraw = now
              const seconds = (now - started) / 1000
              const eta = total && read ? ((total - read) / (read / seconds)).toFixed(0) : '?'
              process.stderr.write(`\r${done} articles  ${(done / seconds).toFixed(1)}/s  ${total ? `${((100 * read) / total).toFixed(0)}%  ETA ${eta}s` : ''}   `)
            },
          }
        : {}),
    })
    if (showProgress) process.stderr.write('\n')
    if (options.summary) {
      const figures = summary.toJSON()
      const f = (value: number) => value.toFixed(3)
      process.stderr.write(
        [
          `${figures.articles} articles, ${figures.failures} failed${signal.stopped ? ' (interrupted)' : ''}`,
          `ad ratio mean ${f(figures.adRatio.mean)} median ${f(figures.adRatio.median)}; speculation ratio mean ${f(figures.speculationRatio.mean)} median ${f(figures.speculationRatio.median)}`,
          `shows: ${figures.shows.map((entry) => `${entry.name} (${entry.articles})`).join(', ') || '—'}`,
          `people: ${figures.people.map((entry) => `${entry.name} (${entry.articles})`).join(', ') || '—'}`,
        ].join('\n') + '\n',
      )
    }
    process.exitCode = signal.stopped ? 130 : summary.failures ? 1 : 0
  })

program
  .command('check')
  .description('fail (exit 1) when an article’s ad ratio or speculation ratio is over a limit')
  .argument('<files...>', 'articles to check')
  .requiredOption('--max-ad-ratio <ratio>', 'highest ad ratio allowed, 0–1', ratio)
  .option('--max-speculation-ratio <ratio>', 'highest speculation ratio allowed, 0–1', ratio)
  .option('-f, --format <format>', 'output: pretty or json', 'pretty')
  .option('--format-in <format>', 'input format: auto, text, markdown or html', formatIn, 'auto' as Format)
  .option('--published <date>', 'publication date (YYYY-MM-DD)')
  .addHelpText('after', '\nExit codes: 0 every article passes, 1 one fails, 2 usage or input error.\n\nExamples:\n  $ copydesk check --max-ad-ratio 0.2 article.md\n  $ copydesk check --max-ad-ratio 0.1 --max-speculation-ratio 0.5 --format json posts/*.md')
  .action(async (files: string[], options: InputOptions & { maxAdRatio: number; maxSpeculationRatio?: number; format: string }) => {
    if (!['pretty', 'json'].includes(options.format)) fail(`unknown --format \`${options.format}\`, expected one of: pretty, json`)
    let status = 0
    const results: unknown[] = []
    for (const file of expandFiles(files)) {
      let analysis: Analysis
      let input: string
      try {
        input = readInput(file)
        analysis = await analyzeInput(input, { ...options, entities: false })
      } catch (error) {
        process.stderr.write(`copydesk: ${file}: ${(error as Error).message}\n`)
        results.push({ file, error: (error as Error).message })
        status = 2
        continue
      }
      const problems: string[] = []
      const { adRatio, speculationRatio } = analysis.stats
      if (adRatio > options.maxAdRatio) problems.push(`ad ratio ${adRatio.toFixed(3)} is over the limit ${options.maxAdRatio}`)
      if (options.maxSpeculationRatio !== undefined && speculationRatio > options.maxSpeculationRatio) {
        problems.push(`speculation ratio ${speculationRatio.toFixed(3)} is over the limit ${options.maxSpeculationRatio}`)
      }
      const promo = analysis.blocks.filter((block) => block.label === 'promo').sort((a, b) => b.words - a.words).slice(0, 3)
      results.push({ file, pass: problems.length === 0, adRatio, speculationRatio, problems, promo: promo.map(({ start, end, words, text }) => ({ start, end, words, text })) })
      if (problems.length) {
        status = Math.max(status, 1)
        if (options.format === 'pretty') {
          const first = promo[0] ? lineColumn(input, promo[0].start) : { line: 1, column: 1 }
          process.stdout.write(`${file}:${first.line}:${first.column}: ${problems.join('; ')}\n`)
          for (const block of promo) {
            const at = lineColumn(input, block.start)
            process.stdout.write(`  ${file}:${at.line}:${at.column}: promo block, ${block.words} words: ${block.text.replace(/\s+/g, ' ').slice(0, 70)}\n`)
          }
        }
      } else if (options.format === 'pretty') {
        process.stdout.write(`${file}: ok (ad ratio ${adRatio.toFixed(3)}, speculation ratio ${speculationRatio.toFixed(3)})\n`)
      }
    }
    if (options.format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n')
    process.exitCode = status
  })

program
  .command('eval')
  .description('score copydesk against a labelled JSON Lines set (see the annotation guidelines)')
  .argument('<labelled>', 'labelled .jsonl file')
  .option('-f, --format <format>', 'output: pretty or json', 'pretty')
  .option('--json', 'same as --format json')
  .addHelpText('after', '\nExample:\n  $ copydesk eval ../shared/eval/dev.jsonl')
  .action(async (file: string, options: { format: string; json?: boolean }) => {
    let evaluation: Evaluation
    try {
      const { evaluate } = await import('./evaluate/evaluate.js')
      evaluation = evaluate(readLabelled(readInput(file), file))
    } catch (error) {
      fail(error)
    }
    if (options.json || options.format === 'json') {
      process.stdout.write(JSON.stringify(evaluation, null, 2) + '\n')
      return
    }
    printEvaluation(evaluation)
    if (evaluation.failures.length) process.exitCode = 1
  })

function printEvaluation(evaluation: Evaluation): void {
  const f = (value: number) => value.toFixed(3)
  const { blocks } = evaluation
  const lines = [`${evaluation.articles} articles, ${labels.reduce((sum, label) => sum + blocks.perLabel[label].support, 0)} blocks`, '', 'label          precision  recall  f1     support']
  for (const label of labels) {
    const score = blocks.perLabel[label]
    lines.push(`${label.padEnd(14)} ${f(score.precision).padEnd(10)} ${f(score.recall).padEnd(7)} ${f(score.f1).padEnd(6)} ${score.support}`)
  }
  lines.push('', `confusion (rows gold, columns predicted)`, `${''.padEnd(14)} ${labels.map((label) => label.slice(0, 5).padStart(6)).join('')}`)
  for (const gold of labels) lines.push(`${gold.padEnd(14)} ${labels.map((predicted) => String(blocks.confusion[gold][predicted]).padStart(6)).join('')}`)
  lines.push('', 'entity         precision  recall  f1     gold')
  for (const [type, score] of Object.entries(evaluation.entities)) {
    lines.push(`${type.padEnd(14)} ${f(score.precision).padEnd(10)} ${f(score.recall).padEnd(7)} ${f(score.f1).padEnd(6)} ${score.support}`)
  }
  for (const failure of evaluation.failures) lines.push(`failed: ${failure.id}: ${failure.error}`)
  lines.push('', `block macro-F1 ${f(blocks.macroF1)}  accuracy ${f(blocks.accuracy)}`, `ad-ratio MAE ${f(evaluation.adRatioMAE)}  speculation-ratio MAE ${f(evaluation.speculationRatioMAE)}`)
  process.stdout.write(lines.join('\n') + '\n')
}

program.parseAsync().catch(fail)
