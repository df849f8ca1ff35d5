import { describe, expect, it } from 'vitest'
import * as copydesk from '../src/index.js'

describe('public exports', () => {
  it('are exactly these', () => {
    expect(Object.keys(copydesk).sort()).toEqual([
      'CopydeskError', 'analyze', 'analyzeAsync', 'classify', 'countWords', 'cueRules', 'detectFormat', 'evaluate',
      'extract', 'formats', 'goldSpans', 'labels', 'parse', 'readLabelled', 'report', 'segment', 'sourceOffset',
      'splitSentences', 'toMdast', 'wordSpans',
    ])
  })
})
