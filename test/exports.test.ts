import { describe, expect, it } from 'vitest'
import * as copydesk from '../src/index.js'

describe('public exports', () => {
  it('are exactly these', () => {
    expect(Object.keys(copydesk).sort()).toEqual([
      'CopydeskError', 'analyze', 'analyzeAsync', 'analyzeTree', 'classify', 'countWords', 'cueRules', 'default',
      'detectFormat', 'evaluate', 'extract', 'formats', 'goldSpans', 'labels', 'parse', 'readLabelled',
      'remarkCopydesk', 'report', 'segment', 'sourceOffset', 'splitSentences', 'toMdast', 'wordSpans',
    ])
  })
})
