import { describe, expect, it } from 'vitest'
import { checkAnalysis } from './invariants.js'

// Inputs that have hung or crashed text tools; each must finish (the limits
// are generous: speed is measured by the benchmark, not here).
const cases: Array<[string, () => string, 'auto' | 'text' | 'markdown' | 'html']> = [
  ['a 1 MB “word” with no spaces', () => 'a'.repeat(1_000_000), 'text'],
  ['100,000 one-word lines', () => 'word\n'.repeat(100_000), 'text'],
  ['10,000 nested blockquotes', () => `${'>'.repeat(10_000)} deep`, 'markdown'],
  ['10,000 nested list items', () => `${'- '.repeat(10_000)}item`, 'markdown'],
  ['100,000 consecutive periods', () => `Start${'.'.repeat(100_000)} end.`, 'text'],
  ['100,000 consecutive dashes', () => `Start ${'-'.repeat(100_000)} end.`, 'text'],
  ['NUL bytes and lone surrogates', () => 'Netflix\u0000said \ud800 it \udfff will\u0000return.\n\n\ud83d'.repeat(2_000), 'auto'],
  ['a 1 MB HTML table', () => `<table>${'<tr><td>Netflix</td><td>$4.5 million</td><td>May 2024</td></tr>'.repeat(16_000)}</table>`, 'html'],
  ['deeply nested HTML tags', () => `${'<div><span>'.repeat(5_000)}text${'</span></div>'.repeat(5_000)}`, 'html'],
  ['an article that is only links', () => Array.from({ length: 5_000 }, (_, index) => `[Read more ${index}](https://example.com/${index})`).join('\n\n'), 'markdown'],
  ['an article that is only emoji', () => '🙂👩‍👩‍👧🎬🔥 '.repeat(50_000), 'text'],
  ['a run of capitalised words', () => 'The Big Red Show '.repeat(20_000), 'text'],
  ['quotes that never close', () => '“Kingdom '.repeat(20_000), 'text'],
]

describe('pathological inputs', () => {
  for (const [name, make, format] of cases) {
    it(`finishes on ${name}`, () => {
      const input = make()
      const analysis = checkAnalysis(input, format)
      expect(analysis.stats.words).toBeGreaterThanOrEqual(0)
      if (/nested/.test(name)) {
        // Too deep for the markdown and HTML tools: read as plain text, and said so.
        expect(analysis.tree.data.degraded).toMatch(/nested too deeply/)
        expect(analysis.blocks.map((block) => block.text).join(' ')).toMatch(/deep|item|text/)
      }
    }, 240_000)
  }

  it('finishes on a 10 MB article', () => {
    const paragraph = 'The Netflix series “Kingdom” returns in 2024, director Kim Seong-hun said. Fans could see more. READ: More news\n\n'
    const input = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))
    const analysis = checkAnalysis(input, 'text')
    expect(analysis.blocks.length).toBe(Math.ceil(10_000_000 / paragraph.length))
  }, 600_000)
})
