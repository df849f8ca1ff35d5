import { describe, expect, it } from 'vitest'
import { CorpusSummary, type CorpusRow } from '../src/corpus.js'

const row = (line: number, adRatio: number, people: string[] = []): CorpusRow => ({
  line,
  id: String(line),
  adRatio,
  speculationRatio: 0,
  entities: people.map((name) => ({ type: 'person', name, mentions: 1 })),
})

describe('CorpusSummary', () => {
  it('gives the median of an odd and an even count of ratios', () => {
    const odd = new CorpusSummary()
    for (const [line, ratio] of [0.5, 0.1, 0.9].entries()) odd.add(row(line, ratio))
    expect(odd.toJSON().adRatio).toEqual({ mean: 0.5, median: 0.5 })

    const even = new CorpusSummary()
    for (const [line, ratio] of [0.2, 0.1, 0.4, 0.9].entries()) even.add(row(line, ratio))
    expect(even.toJSON().adRatio.median).toBeCloseTo(0.3, 10)
    expect(even.toJSON().adRatio.mean).toBeCloseTo(0.4, 10)
  })

  it('counts failures apart and leaves them out of the ratios', () => {
    const summary = new CorpusSummary()
    summary.add(row(0, 0.25))
    summary.add({ line: 1, id: null, error: 'line 2: not JSON' })
    expect(summary.toJSON()).toMatchObject({ articles: 2, failures: 1, adRatio: { mean: 0.25, median: 0.25 } })
  })

  it('keeps the most-mentioned names when a corpus names more than it can hold', () => {
    const summary = new CorpusSummary()
    for (let line = 0; line < 60_000; line++) summary.add(row(line, 0, [`Person ${line}`, line % 3 ? 'Frequent Name' : 'Second Name']))
    const people = summary.toJSON().people
    expect(people.slice(0, 2)).toEqual([
      { name: 'Frequent Name', articles: 40_000 },
      { name: 'Second Name', articles: 20_000 },
    ])
    expect(people).toHaveLength(10)
  })
})
