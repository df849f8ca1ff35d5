import type { Label } from './tree.js'

/** Where the fields of a corpus line are. */
export interface CorpusFields {
  text: string
  id: string
  published: string
}

/** The id of a corpus record: its id field as a string, or null when it has none. */
export function recordId(record: Record<string, unknown>, field: string): string | null {
  const value = record[field]
  return value === undefined || value === null ? null : String(value)
}

/** One article of a corpus, as read from a line. */
export interface CorpusTask {
  /** 1-based line number in the input. */
  line: number
  /** The raw line (without its newline), or a reading error. */
  raw?: string
  error?: string
}

/** The result for one line: the figures, or the error that took its place. */
export interface CorpusRow {
  line: number
  id: string | null
  error?: string
  words?: number
  wordsByLabel?: Record<Label, number>
  adRatio?: number
  speculationRatio?: number
  blocks?: Array<{ label: Label; start: number; end: number; words: number }>
  entities?: Array<{ type: string; name: string; value?: string; mentions: number }>
}

/**
 * Split a byte stream into lines and decode each as strict UTF-8, so that
 * a line with invalid bytes becomes an error of its own instead of
 * silently replaced characters.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<CorpusTask> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let pending: Buffer[] = []
  let line = 0
  const finish = (bytes: Buffer): CorpusTask => {
    line++
    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1)
    if (bytes.includes(0)) return { line, error: 'binary data (NUL bytes)' }
    try {
      return { line, raw: decoder.decode(bytes) }
    } catch {
      return { line, error: 'invalid UTF-8' }
    }
  }
  for await (const chunk of input) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let newline = buffer.indexOf(0x0a)
    while (newline !== -1) {
      pending.push(buffer.subarray(0, newline))
      const task = finish(Buffer.concat(pending))
      pending = []
      if (task.error || task.raw!.trim()) yield task
      buffer = buffer.subarray(newline + 1)
      newline = buffer.indexOf(0x0a)
    }
    if (buffer.length) pending.push(buffer)
  }
  if (pending.length) {
    const task = finish(Buffer.concat(pending))
    if (task.error || task.raw!.trim()) yield task
  }
}

const csvColumns = ['line', 'id', 'words', 'news', 'speculation', 'promo', 'other', 'adRatio', 'speculationRatio', 'error'] as const

/** The CSV header of corpus output. */
export const csvHeader = csvColumns.join(',')

/** A corpus row as one CSV line (RFC 4180 quoting). */
export function toCsv(row: CorpusRow): string {
  const values: Array<string | number | null | undefined> = [
    row.line,
    row.id,
    row.words,
    row.wordsByLabel?.news,
    row.wordsByLabel?.speculation,
    row.wordsByLabel?.promo,
    row.wordsByLabel?.other,
    row.adRatio,
    row.speculationRatio,
    row.error,
  ]
  return values
    .map((value) => {
      if (value === undefined || value === null) return ''
      if (typeof value === 'number') return String(value)
      return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
    })
    .join(',')
}

/** Running figures of a corpus run, for the summary. */
export class CorpusSummary {
  articles = 0
  failures = 0
  private adRatios = new RatioSummary()
  private speculationRatios = new RatioSummary()
  private names = new Map<string, number>()

  add(row: CorpusRow): void {
    this.articles++
    if (row.error !== undefined) {
      this.failures++
      return
    }
    this.adRatios.add(row.adRatio!)
    this.speculationRatios.add(row.speculationRatio!)
    for (const entity of row.entities ?? []) {
      if (entity.type !== 'show' && entity.type !== 'person') continue
      const key = `${entity.type}\t${entity.name}`
      this.names.set(key, (this.names.get(key) ?? 0) + 1)
    }
    if (this.names.size > NAMES_KEPT * 2) this.names = new Map(this.ranked().slice(0, NAMES_KEPT))
  }

  /** Articles, failures, mean and median ratios, most frequent shows and people. */
  toJSON() {
    const ranked = this.ranked()
    const top = (type: string) =>
      ranked
        .filter(([key]) => key.startsWith(`${type}\t`))
        .slice(0, 10)
        .map(([key, articles]) => ({ name: key.slice(type.length + 1), articles }))
    return {
      articles: this.articles,
      failures: this.failures,
      adRatio: this.adRatios.toJSON(),
      speculationRatio: this.speculationRatios.toJSON(),
      shows: top('show'),
      people: top('person'),
    }
  }

  private ranked(): Array<[string, number]> {
    return [...this.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  }
}

/**
 * Name counts kept between prunings. Once twice this many distinct names are
 * counted, only the most frequent half is kept, so memory stays bounded on
 * any corpus; counts are exact while a corpus names fewer distinct things.
 */
const NAMES_KEPT = 25_000

/** Steps of the ratio histogram: medians are exact to 1 / RATIO_STEPS. */
const RATIO_STEPS = 10_000

/** Mean and median of ratios in [0, 1] in constant memory: a running sum and a histogram. */
class RatioSummary {
  private count = 0
  private sum = 0
  private histogram = new Uint32Array(RATIO_STEPS + 1)

  add(ratio: number): void {
    this.count++
    this.sum += ratio
    this.histogram[Math.round(Math.min(1, Math.max(0, ratio)) * RATIO_STEPS)]!++
  }

  toJSON(): { mean: number; median: number } {
    if (!this.count) return { mean: 0, median: 0 }
    const rank = (target: number) => {
      let seen = 0
      for (let step = 0; step <= RATIO_STEPS; step++) {
        seen += this.histogram[step]!
        if (seen > target) return step / RATIO_STEPS
      }
      return 1
    }
    const middle = this.count >> 1
    const median = this.count % 2 ? rank(middle) : (rank(middle - 1) + rank(middle)) / 2
    return { mean: this.sum / this.count, median }
  }
}
