import type { Writable } from 'node:stream'
import { Worker } from 'node:worker_threads'
import { analyzeLine, CorpusSummary, csvHeader, readLines, toCsv, type CorpusFields, type CorpusRow, type CorpusTask } from './corpus.js'
import type { Format } from './options.js'

/** Settings of {@link runCorpus}. */
export interface CorpusRun {
  input: AsyncIterable<Buffer | string>
  output: Writable
  fields: CorpusFields
  format: Format
  outputFormat: 'jsonl' | 'csv'
  /** Worker threads; 1 analyses in this thread. */
  jobs: number
  /** Where the worker script is (the built `worker.mjs`). */
  worker: URL
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
  const pool = run.jobs > 1 ? Array.from({ length: run.jobs }, () => new Worker(run.worker, { workerData: { fields: run.fields, format: run.format } })) : []
  const idle = [...pool]
  const waitingForWorker: Array<() => void> = []
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

  const analyse = (task: CorpusTask): Promise<CorpusRow> => {
    if (!pool.length) return Promise.resolve(analyzeLine(task, run.fields, run.format))
    return new Promise((resolve) => {
      const start = () => {
        const worker = idle.pop()!
        worker.once('message', (row: CorpusRow) => {
          idle.push(worker)
          waitingForWorker.shift()?.()
          resolve(row)
        })
        worker.postMessage(task)
      }
      if (idle.length) start()
      else waitingForWorker.push(start)
    })
  }

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
      if (!pool.length) await job
    }
    await Promise.all(inFlight)
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return summary
}

function writeLine(output: Writable, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (output.write(`${line}\n`, (error) => (error ? reject(error) : undefined))) resolve()
    else output.once('drain', resolve)
  })
}
