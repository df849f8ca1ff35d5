import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { CorpusTask } from '../src/corpus.js'
import { WorkerPool } from '../src/worker-pool.js'

const script = pathToFileURL(resolve('test/dying-worker.mjs'))
const task = (line: number, text: string): CorpusTask => ({ line, raw: JSON.stringify({ id: `a${line}`, text }) })
const fields = { text: 'text', id: 'id', published: 'published' }

describe('WorkerPool', () => {
  it('gives every line a row when workers die on some of them', async () => {
    const pool = new WorkerPool(script, { fields, format: 'auto' }, 2, 16)
    try {
      const rows = await Promise.all(['one', 'exit', 'three', 'throw', 'five', 'six'].map((text, index) => pool.run(task(index + 1, text))))
      expect(rows).toEqual([
        { line: 1, id: 'a1', words: 3 },
        { line: 2, id: 'a2', error: 'worker exited with code 3' },
        { line: 3, id: 'a3', words: 5 },
        { line: 4, id: 'a4', error: 'worker failed: broken worker' },
        { line: 5, id: 'a5', words: 4 },
        { line: 6, id: 'a6', words: 3 },
      ])
    } finally {
      await pool.close()
    }
  })

  it('answers the lines in flight and starts no worker when closed', async () => {
    const pool = new WorkerPool(script, { fields, format: 'auto' }, 1, 16)
    const pending = pool.run(task(1, 'hang'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await pool.close()
    expect(await pending).toMatchObject({ line: 1, id: 'a1', error: expect.stringMatching(/^worker exited/) })
    expect(pool.size).toBe(0)
  })

  it('retries a line that exhausts the heap limit in a worker without one', async () => {
    const pool = new WorkerPool(script, { fields, format: 'auto' }, 1, 16)
    try {
      expect(await pool.run(task(1, 'grow'))).toEqual({ line: 1, id: 'a1', words: 4 })
      expect(await pool.run(task(2, 'after'))).toEqual({ line: 2, id: 'a2', words: 5 })
    } finally {
      await pool.close()
    }
  })
})
