import { describe, expect, it } from 'vitest'
import { NameList } from '../src/extract/name-list.js'

function found(names: string[], text: string): string[] {
  return new NameList(names).find(text).map(({ index, name }) => `${index}:${name}`)
}

describe('NameList', () => {
  it('finds whole names, leftmost first and longest at each place', () => {
    expect(found(['Seoul', 'South Korea', 'South'], 'From Seoul, South Korea, to the South.')).toEqual(['5:Seoul', '12:South Korea', '32:South'])
    expect(found(['Warner Bros.', 'Warner'], 'Warner Bros. and Warner')).toEqual(['0:Warner Bros.', '17:Warner'])
  })

  it('takes no name inside a word, before a letter or digit, or before “+”', () => {
    expect(found(['Seoul'], 'Seoulite, ASeoul, Seoul2')).toEqual([])
    expect(found(['Disney', 'Disney+'], 'Disney+ and Disney')).toEqual(['0:Disney+', '12:Disney'])
    expect(found(['Apple'], 'Apple+')).toEqual([])
    expect(found(['Lee'], 'Mollee, éLee, Lee’s')).toEqual(['14:Lee'])
  })

  it('falls back to a shorter name when the longer one runs into a word', () => {
    expect(found(['New York', 'New York Times'], 'New York Timesless')).toEqual(['0:New York'])
  })

  it('reads names with characters that expressions treat as syntax, and astral letters', () => {
    expect(found(['A.B. & C+', 'x|y'], 'A.B. & C+ met x|y and xy.')).toEqual(['0:A.B. & C+', '14:x|y'])
    expect(found(['Seoul'], '𝒜Seoul 😀Seoul')).toEqual(['10:Seoul'])
  })

  it('finds nothing with no names', () => {
    expect(found([], 'Anything at all')).toEqual([])
    expect(found([''], 'Anything at all')).toEqual([])
  })
})
