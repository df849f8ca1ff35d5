import { Worker } from 'node:worker_threads'
import { recordId, type CorpusFields, type CorpusRow, type CorpusTask } from './corpus.js'
import type { Format } from './options.js'

/**
 * Worker threads that analyse corpus lines, each with a bounded heap.
 *
 * A worker's heap grows until the garbage collector is pressed to reclaim
 * it; left alone, two workers on a 2-core machine reached ~340 MB of RSS.
 * With a limit they stay near it. An article too big for the limit does not
 * fail: the worker that ran out of memory is replaced, and the article is
 * tried once more in a worker of its own without a limit. A worker that
 * dies for any other reason costs only the line it held, which gets an
 * error row.
 */
export class WorkerPool {
  private readonly idle: Worker[] = []
  private readonly waiting: Array<(worker: Worker) => void> = []
  private readonly all = new Set<Worker>()
  private closed = false

  constructor(
    private readonly script: URL,
    private readonly workerData: { fields: CorpusFields; format: Format; timeReferences?: boolean },
    size: number,
    /** Old-generation heap limit of each worker, in MB. */
    private readonly heapLimitMb: number,
  ) {
    for (let index = 0; index < size; index++) this.idle.push(this.spawn(heapLimitMb))
  }

  /** Analyse one line in the next free worker. Never rejects. */
  async run(task: CorpusTask): Promise<CorpusRow> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)))
    const outcome = await this.send(worker, task)
    if ('row' in outcome) {
      this.release(worker)
      return outcome.row
    }
    // A pool being closed ends its workers: no replacement, no retry.
    if (this.closed) return this.failed(task, outcome.message)
    this.release(this.spawn(this.heapLimitMb))
    if (outcome.outOfMemory) {
      // Once more, alone and without a limit: a large article is rare, and
      // memory returns when this worker ends.
      const big = this.spawn(undefined)
      const retry = await this.send(big, task)
      void this.end(big)
      if ('row' in retry) return retry.row
      return this.failed(task, retry.message)
    }
    return this.failed(task, outcome.message)
  }

  /** Workers alive. */
  get size(): number {
    return this.all.size
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all([...this.all].map((worker) => this.end(worker)))
  }

  private spawn(heapLimitMb: number | undefined): Worker {
    const worker = new Worker(this.script, {
      workerData: this.workerData,
      ...(heapLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } } : {}),
    })
    this.all.add(worker)
    return worker
  }

  private async end(worker: Worker): Promise<void> {
    this.all.delete(worker)
    await worker.terminate()
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift()
    if (next) next(worker)
    else this.idle.push(worker)
  }

  // The row for `task`, or why the worker died on it. A worker that fails
  // emits 'error' and then 'exit'; one that just exits emits only 'exit'.
  private send(worker: Worker, task: CorpusTask): Promise<{ row: CorpusRow } | { message: string; outOfMemory: boolean }> {
    return new Promise((resolve) => {
      const settle = (outcome: { row: CorpusRow } | { message: string; outOfMemory: boolean }) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        if (!('row' in outcome)) this.all.delete(worker)
        resolve(outcome)
      }
      const onMessage = (row: CorpusRow) => settle({ row })
      const onError = (error: Error & { code?: string }) =>
        settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { message: 'ran out of memory', outOfMemory: true } : { message: `worker failed: ${error.message}`, outOfMemory: false })
      const onExit = (code: number) => settle({ message: `worker exited with code ${code}`, outOfMemory: false })
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      worker.postMessage(task)
    })
  }

  // An error row for a line whose worker died, with the line's id if it has one.
  private failed(task: CorpusTask, error: string): CorpusRow {
    let id: string | null = null
    try {
      const value: unknown = JSON.parse(task.raw ?? 'null')
      if (typeof value === 'object' && value !== null) id = recordId(value as Record<string, unknown>, this.workerData.fields.id)
    } catch {
      // Not JSON: the worker would have said so; keep the id empty.
    }
    return { line: task.line, id, error }
  }
}
