import { describe, expect, it } from 'vitest'
import { cueRules } from '../src/classify/cues.js'
import { decide } from '../src/classify/decide.js'
import { featurize } from '../src/classify/units.js'
import { parse } from '../src/parse.js'
import type { BlockUnit } from '../src/classify/units.js'
import type { Label } from '../src/tree.js'

// A block of sentences with the given word counts and no cues.
function unit(words: number[]): BlockUnit {
  const sentences = words.map((count) => ({ start: 0, end: 0, words: count, features: new Map(), cues: [] }))
  return { block: {} as BlockUnit['block'], features: new Map(), cues: [], sentences }
}
const leaning = (label: Label, p = 0.7): Record<Label, number> => {
  const rest = (1 - p) / 3
  return { news: rest, speculation: rest, promo: rest, other: rest, [label]: p }
}

describe('decide: the majority of words', () => {
  it('makes a block speculation when most of its words are in speculating sentences, whatever the block model says', () => {
    const decision = decide(unit([12, 12, 5]), leaning('news', 0.6), [leaning('speculation'), leaning('speculation'), leaning('news')])
    expect(decision).toMatchObject({ label: 'speculation', rule: 'majority' })
  })

  it('keeps the block model’s news when speculating sentences hold half the words or fewer', () => {
    const decision = decide(unit([10, 10]), leaning('news', 0.6), [leaning('speculation'), leaning('news')])
    expect(decision.label).toBe('news')
    expect(decision.rule).toBeUndefined()
  })

  it('makes a list of promo lines promo, though the block model reads it as news', () => {
    // Not sure enough of any one line for the short-promo-sentence rule.
    const decision = decide(unit([9, 9, 9, 20]), leaning('news', 0.6), [leaning('promo', 0.55), leaning('promo', 0.55), leaning('promo', 0.55), leaning('news')])
    expect(decision).toMatchObject({ label: 'promo', rule: 'majority' })
  })

  it('leaves a block the model reads as speculation alone, whatever its sentences', () => {
    const decision = decide(unit([9, 9]), leaning('speculation', 0.4), [leaning('promo', 0.55), leaning('promo', 0.55)])
    expect(decision.label).toBe('speculation')
  })

  it('leaves a one-sentence block to the mixed scores', () => {
    expect(decide(unit([20]), leaning('news', 0.9), [leaning('speculation', 0.5)]).label).toBe('news')
  })
})

describe('decide: the guidelines’ promo markers', () => {
  const rule = (id: string) => cueRules.find((cue) => cue.id === id)!
  // A block of `words` words with one cue of `id` at `start`.
  const marked = (id: string, start: number, words: number): BlockUnit => {
    const base = unit([words])
    const cues = [{ rule: rule(id), start, end: start + 5 }]
    return { ...base, block: { words } as BlockUnit['block'], cues, sentences: base.sentences.map((sentence) => ({ ...sentence, cues })) }
  }

  it('makes a block opened by a link lead-in promo, whatever the models say', () => {
    expect(decide(marked('promo.lead-in', 0, 9), leaning('other', 0.8), [leaning('other', 0.8)])).toMatchObject({ label: 'promo', rule: 'marker' })
    expect(decide(marked('promo.more-from', 0, 3), leaning('news', 0.8), [leaning('news', 0.8)])).toMatchObject({ label: 'promo', rule: 'marker' })
  })

  it('makes a short ad-slot line promo, but not a long block that mentions advertising', () => {
    expect(decide(marked('promo.ad', 0, 1), leaning('other', 0.8), [leaning('other', 0.8)])).toMatchObject({ label: 'promo', rule: 'marker' })
    expect(decide(marked('promo.social', 0, 4), leaning('other', 0.8), [leaning('other', 0.8)])).toMatchObject({ label: 'promo', rule: 'marker' })
    expect(decide(marked('promo.ad', 40, 30), leaning('news', 0.8), [leaning('news', 0.8)]).label).toBe('news')
  })

  it('does not count a lead-in inside the block', () => {
    expect(decide(marked('promo.lead-in', 12, 20), leaning('news', 0.8), [leaning('news', 0.8)]).label).toBe('news')
  })
})

describe('decide: attribution in a rumour story', () => {
  const attribution = cueRules.find((cue) => cue.id === 'news.attribution')!
  // One attributed sentence, in an article whose rumour share is `rumour`.
  const attributed = (rumour: number): BlockUnit => {
    const cues = [{ rule: attribution, start: 0, end: 12 }]
    const features = new Map([['article:rumour', rumour]])
    return { block: { words: 12 } as BlockUnit['block'], features, cues, sentences: [{ start: 0, end: 60, words: 12, features, cues }] }
  }

  it('makes an attributed sentence news in an ordinary article', () => {
    expect(decide(attributed(0), leaning('speculation', 0.6), [leaning('speculation', 0.6)]).label).toBe('news')
  })

  it('leaves it speculation when a quarter of the article’s blocks carry rumours', () => {
    expect(decide(attributed(0.4), leaning('speculation', 0.6), [leaning('speculation', 0.6)]).label).toBe('speculation')
  })

  it('makes a confirmation news in a rumour story, though not any attribution', () => {
    const text = 'ITV has confirmed that the show will launch later.'
    const cues = [{ rule: attribution, start: text.indexOf('confirmed'), end: text.indexOf('confirmed') + 9 }]
    const features = new Map([['article:rumour', 0.4]])
    const unit: BlockUnit = { block: { words: 9, text } as BlockUnit['block'], features, cues, sentences: [{ start: 0, end: text.length, words: 9, features, cues }] }
    expect(decide(unit, leaning('speculation', 0.6), [leaning('speculation', 0.6)]).label).toBe('news')
    expect(decide({ ...unit, block: { words: 9, text: 'ITV has revealed that the show will launch later.' } as BlockUnit['block'] }, leaning('speculation', 0.6), [leaning('speculation', 0.6)]).label).toBe('speculation')
  })

  it('makes a denial or a refusal to comment news, rumour story or not', () => {
    const denial = cueRules.find((cue) => cue.id === 'news.denial')!
    const cues = [{ rule: denial, start: 0, end: 18 }]
    const features = new Map([['article:rumour', 0.4]])
    const unit: BlockUnit = { block: { words: 9 } as BlockUnit['block'], features, cues, sentences: [{ start: 0, end: 50, words: 9, features, cues }] }
    expect(decide(unit, leaning('speculation', 0.6), [leaning('speculation', 0.6)]).label).toBe('news')
  })

  it('does not make a speculating block news because its sentences read as news, without an attribution', () => {
    expect(decide(unit([10, 10]), leaning('speculation', 0.7), [leaning('news', 0.6), leaning('news', 0.6)]).label).toBe('speculation')
  })
})

describe('decide: rumours', () => {
  const rule = (id: string) => cueRules.find((cue) => cue.id === id)!
  // Two sentences of 10 words, the first with the cues given.
  const reporting = (...ids: string[]): BlockUnit => {
    const cues = ids.map((id) => ({ rule: rule(id), start: 0, end: 10 }))
    const features = new Map<string, number>()
    return { block: { words: 20 } as BlockUnit['block'], features, cues, sentences: [{ start: 0, end: 50, words: 10, features, cues }, { start: 51, end: 99, words: 10, features, cues: [] }] }
  }

  it('makes a sentence that passes on a rumour speculation, though the model reads it as news', () => {
    expect(decide(reporting('spec.rumour'), leaning('news', 0.6), [leaning('news', 0.6), leaning('news', 0.6)]).sentences[0]!.label).toBe('speculation')
  })

  it('makes a one-sentence block that passes on a rumour speculation, but not one that only mentions rumours', () => {
    // One sentence with a rumour cue on `word`.
    const passing = (text: string, word: string): BlockUnit => {
      const cues = [{ rule: rule('spec.rumour'), start: text.indexOf(word), end: text.indexOf(word) + word.length }]
      const features = new Map<string, number>()
      return { block: { words: 9, text } as BlockUnit['block'], features, cues, sentences: [{ start: 0, end: text.length, words: 9, features, cues }] }
    }
    expect(decide(passing('She has reportedly posted a teaser online.', 'reportedly'), leaning('news', 0.6), [leaning('news', 0.6)])).toMatchObject({ label: 'speculation', rule: 'rumour' })
    expect(decide(passing('The rumours are a common thing among idols.', 'rumours'), leaning('news', 0.6), [leaning('news', 0.6)]).label).toBe('news')
    expect(decide(passing('It is gearing up for its long-rumoured second season.', 'rumoured'), leaning('news', 0.6), [leaning('news', 0.6)]).label).toBe('news')
  })

  it('leaves a denial of the rumour news', () => {
    expect(decide(reporting('spec.rumour', 'news.denial'), leaning('news', 0.6), [leaning('news', 0.6), leaning('news', 0.6)]).sentences[0]!.label).toBe('news')
  })
})

describe('decide: pointers', () => {
  const rule = (id: string) => cueRules.find((cue) => cue.id === id)!
  const line = (words: number, ...ids: string[]): BlockUnit => {
    const cues = ids.map((id) => ({ rule: rule(id), start: 0, end: 4 }))
    return { block: { words } as BlockUnit['block'], features: new Map(), cues, sentences: [{ start: 0, end: 40, words, features: new Map(), cues }] }
  }

  it('makes a short pointer inside the article other, whatever the models say', () => {
    expect(decide(line(12, 'other.pointer', 'promo.you'), leaning('promo', 0.6), [leaning('promo', 0.6)])).toMatchObject({ label: 'other', rule: 'pointer' })
  })

  it('leaves a pointer that sends the reader elsewhere, reports, or runs long to the models', () => {
    expect(decide(line(12, 'other.pointer', 'promo.redirect'), leaning('promo', 0.6), [leaning('promo', 0.6)]).label).toBe('promo')
    expect(decide(line(12, 'other.pointer', 'news.attribution'), leaning('news', 0.6), [leaning('news', 0.6)]).label).toBe('news')
    expect(decide(line(40, 'other.pointer'), leaning('news', 0.6), [leaning('news', 0.6)]).label).toBe('news')
  })
})

describe('decide: release-date fields', () => {
  const field = (text: string, ...ids: string[]): BlockUnit => {
    const cues = ids.map((id) => ({ rule: cueRules.find((cue) => cue.id === id)!, start: 0, end: 4 }))
    return { block: { words: 4, text } as BlockUnit['block'], features: new Map(), cues, sentences: [{ start: 0, end: text.length, words: 4, features: new Map(), cues }] }
  }

  it('makes a stated release date news and a guessed one speculation, though the models read a field as structure', () => {
    expect(decide(field('Release Date: August 5'), leaning('other', 0.8), [leaning('other', 0.8)])).toMatchObject({ label: 'news', rule: 'schedule' })
    expect(decide(field('Release date: end of 2023 or 2024', 'spec.hedge'), leaning('other', 0.8), [leaning('other', 0.8)]).label).toBe('speculation')
  })

  it('makes a field that predicts speculation, though the models read it as structure or a deal', () => {
    expect(decide(field('Weekend Forecast Range: $60 — 78 million'), leaning('promo', 0.8), [leaning('promo', 0.8)])).toMatchObject({ label: 'speculation', rule: 'forecast' })
    expect(decide(field('Prediction: “The Copper Road”'), leaning('other', 0.8), [leaning('other', 0.8)])).toMatchObject({ label: 'speculation', rule: 'forecast' })
  })

  it('makes a page title signed with its site structure, unless it sells', () => {
    expect(decide(field('Copper Road: Ending Explained | – Harbour Daily'), leaning('news', 0.6), [leaning('news', 0.6)])).toMatchObject({ label: 'other', rule: 'title' })
    expect(decide(field('Stream Copper Road now | Harbourflix', 'promo.cta'), leaning('promo', 0.6), [leaning('promo', 0.6)]).label).toBe('promo')
    expect(decide(field('Ratings rose 5% | Source: Nielsen.'), leaning('news', 0.6), [leaning('news', 0.6)]).label).toBe('news')
  })

  it('leaves a heading that names predictions, and a headline, to the models', () => {
    expect(decide(field('Key Tracking Factors:'), leaning('other', 0.8), [leaning('other', 0.8)]).label).toBe('other')
    const headline = { ...field('Award predictions: Could the category be all women?'), features: new Map([['pos:first', 1]]) }
    expect(decide(headline, leaning('other', 0.8), [leaning('other', 0.8)]).label).toBe('other')
  })

  it('leaves other fields, and a date field with no date, to the models', () => {
    expect(decide(field('Director: Kim Ji-woon'), leaning('other', 0.8), [leaning('other', 0.8)]).label).toBe('other')
    expect(decide(field('Release date: TBA'), leaning('other', 0.8), [leaning('other', 0.8)]).label).toBe('other')
  })
})

describe('decide: a closing call', () => {
  // A real block, with both models reading every sentence as news.
  const closing = (text: string) => {
    const block = featurize(parse(text, { format: 'text' }))[0]!
    return decide(block, leaning('news', 0.8), block.sentences.map(() => leaning('news', 0.8)))
  }

  it('makes a block promo when its short last sentence sends the reader elsewhere', () => {
    expect(closing('Three fall shows have not premiered yet. To see what is still coming, check out our premiere schedule.')).toMatchObject({ label: 'promo', rule: 'promo-sentence' })
    expect(closing('The chart is posted on Tuesday. For all chart news, follow @copperchart on X.').label).toBe('promo')
  })

  it('leaves it news when the call is not last, is quoted, or calls no one anywhere', () => {
    expect(closing('Check out the schedule, the studio said. The show returns in June.').label).toBe('news')
    expect(closing('He spoke to fans. “Check out what we have learned so far.”').label).toBe('news')
    expect(closing('The drama ended in January. The streamer usually renews a hit for more seasons.').label).toBe('news')
    expect(closing('The singer was single in June. She posted a video on Instagram recently.').label).toBe('news')
  })
})

describe('decide: quoted words', () => {
  const hedge = cueRules.find((cue) => cue.id === 'spec.modal')!
  // One sentence whose speculation cues are quoted or not.
  const speaking = (...quoted: boolean[]): BlockUnit => {
    const cues = quoted.map((inside, index) => ({ rule: hedge, start: index * 10, end: index * 10 + 5, quoted: inside }))
    return { block: { words: 12 } as BlockUnit['block'], features: new Map(), cues, sentences: [{ start: 0, end: 60, words: 12, features: new Map(), cues }] }
  }

  it('makes a sentence news when every speculation cue in it is someone’s quoted words', () => {
    expect(decide(speaking(true, true), leaning('speculation', 0.6), [leaning('speculation', 0.6)]).label).toBe('news')
  })

  it('leaves it speculation when the writer hedges outside the quotation too', () => {
    expect(decide(speaking(true, false), leaning('speculation', 0.6), [leaning('speculation', 0.6)]).label).toBe('speculation')
  })
})

describe('featurize: quotations', () => {
  it('marks the cues inside quotation marks, curly or straight, and no others', () => {
    const tree = parse('“We might return,” she said. It might rain. He said "it could be soon" today.', { format: 'text' })
    const text = tree.children[0]!.children[0]!.text
    const cues = featurize(tree)[0]!.cues.filter((cue) => cue.rule.label === 'speculation')
    const second = [text.indexOf('It might'), text.indexOf('He said')]
    const outside = cues.filter((cue) => !cue.quoted)
    expect(outside.map((cue) => text.slice(cue.start, cue.end))).toEqual(['might'])
    expect(outside[0]!.start > second[0]! && outside[0]!.start < second[1]!).toBe(true)
    expect(cues.filter((cue) => cue.quoted).map((cue) => text.slice(cue.start, cue.end))).toEqual(expect.arrayContaining(['might', 'soon']))
  })
})
