import type { Writable } from 'node:stream'
import { CorpusSummary, csvHeader, readLines, toCsv, type CorpusFields, type CorpusRow, type CorpusTask } from './corpus.js'
import type { Format } from './options.js'
import { WorkerPool } from './worker-pool.js'

/** Settings of {@link runCorpus}. */
export interface CorpusRun {
  input: AsyncIterable<Buffer | string>
  output: Writable
  fields: CorpusFields
  format: Format
  /** Find vague time references as dates (the option `timeReferences`). Default `false`. */
  timeReferences?: boolean
  outputFormat: 'jsonl' | 'csv'
  /** Worker threads; 1 analyses in this thread. */
  jobs: number
  /** Where the worker script is (the built `worker.mjs`). */
  worker: URL
  /** Heap limit of each worker thread in MB (default 128); see {@link WorkerPool}. */
  workerHeapMb?: number
  /** Called now and then with lines done and bytes read, for a progress bar. */
  onProgress?: (done: number) => void
  /** Set to stop reading; rows already started are still written. */
  signal?: { stopped: boolean }
}

/**
 * Analyse a JSON Lines corpus: one output row per input line, in input
 * order, with an error row where a line fails. At most a bounded number of
 * lines are in flight, so memory stays flat however long the input is.
 */
export async function runCorpus(run: CorpusRun): Promise<CorpusSummary> {
  const summary = new CorpusSummary()
  // With worker threads, this thread only reads and writes: it loads the
  // analyser only when it analyses itself.
  const analyzeLine = run.jobs > 1 ? undefined : (await import('./corpus-line.js')).analyzeLine
  const options = { format: run.format, timeReferences: run.timeReferences ?? false }
  const pool = run.jobs > 1 ? new WorkerPool(run.worker, { fields: run.fields, ...options }, run.jobs, run.workerHeapMb ?? 128) : undefined
  const finished = new Map<number, CorpusRow>()
  const window = Math.max(1, run.jobs) * 32
  let submitted = 0
  let written = 0
  let windowOpen: (() => void) | undefined

  if (run.outputFormat === 'csv') await writeLine(run.output, csvHeader)

  const flush = async () => {
    while (finished.has(written)) {
      const row = finished.get(written)!
      finished.delete(written)
      written++
      summary.add(row)
      await writeLine(run.output, run.outputFormat === 'csv' ? toCsv(row) : JSON.stringify(row))
      run.onProgress?.(written)
    }
    windowOpen?.()
  }

  const analyse = async (task: CorpusTask): Promise<CorpusRow> => (pool ? pool.run(task) : analyzeLine!(task, run.fields, options))

  const inFlight = new Set<Promise<void>>()
  try {
    for await (const task of readLines(run.input)) {
      if (run.signal?.stopped) break
      const sequence = submitted++
      const job = analyse(task).then(async (row) => {
        finished.set(sequence, row)
        await flush()
      })
      inFlight.add(job)
      void job.finally(() => inFlight.delete(job))
      // Keep the number of rows between reading and writing bounded.
      while (submitted - written >= window) await new Promise<void>((resolve) => (windowOpen = resolve))
      if (!pool) await job
    }
    await Promise.all(inFlight)
  } finally {
    await pool?.close()
  }
  return summary
}

function writeLine(output: Writable, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (output.write(`${line}\n`, (error) => (error ? reject(error) : undefined))) resolve()
    else output.once('drain', resolve)
  })
}
