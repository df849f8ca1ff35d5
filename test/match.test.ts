import { describe, expect, it } from 'vitest'
import { allMatches } from '../src/match.js'

describe('allMatches', () => {
  it('finds every match and leaves the shared expression at the start', () => {
    const digits = /\d+/g
    digits.lastIndex = 3
    expect(allMatches(digits, 'a1 b22 c333').map((match) => [match[0], match.index])).toEqual([['1', 1], ['22', 4], ['333', 8]])
    expect(digits.lastIndex).toBe(0)
  })

  it('moves past empty matches instead of looping', () => {
    expect(allMatches(/x*/g, 'ab').map((match) => match.index)).toEqual([0, 1, 2])
  })

  it('can be nested on the same expression', () => {
    const word = /\w+/g
    const pairs = allMatches(word, 'a b').flatMap((outer) => allMatches(word, 'x y').map((inner) => outer[0] + inner[0]))
    expect(pairs).toEqual(['ax', 'ay', 'bx', 'by'])
  })
})
