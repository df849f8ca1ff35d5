import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import { anyArticle } from './generators.js'
import { checkAnalysis } from './invariants.js'

describe('analyze: properties over generated articles', () => {
  it('holds its invariants (fixed seed, 3,000 cases)', () => {
    fc.assert(
      fc.property(anyArticle, ({ input, format }) => {
        checkAnalysis(input, format)
      }),
      { seed: 20261125, numRuns: 3000 },
    )
  })

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(anyArticle, ({ input, format }) => {
        const strip = (value: ReturnType<typeof analyze>) => JSON.stringify({ ...value, tree: undefined })
        expect(strip(analyze(input, { format }))).toBe(strip(analyze(input, { format })))
      }),
      { seed: 7, numRuns: 300 },
    )
  })
})
