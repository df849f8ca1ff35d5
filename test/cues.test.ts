import { describe, expect, it } from 'vitest'
import { findCues } from '../src/classify/features.js'
import { cueRules } from '../src/index.js'

describe('cue lexicon', () => {
  it('has unique ids, a label and at least one example and counterexample per row', () => {
    const ids = cueRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of cueRules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0)
      expect(rule.counterexamples.length, rule.id).toBeGreaterThan(0)
      expect(rule.id.startsWith({ news: 'news.', speculation: 'spec.', promo: 'promo.', other: 'other.' }[rule.label]), rule.id).toBe(true)
    }
  })

  for (const rule of cueRules) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(`matches ${JSON.stringify(example)}`, () => {
          expect(findCues(example).some((cue) => cue.rule.id === rule.id)).toBe(true)
        })
      }
      for (const example of rule.counterexamples) {
        it(`does not match ${JSON.stringify(example)}`, () => {
          expect(findCues(example).some((cue) => cue.rule.id === rule.id)).toBe(false)
        })
      }
    })
  }
})
