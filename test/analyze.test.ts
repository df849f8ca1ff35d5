import { readFileSync } from 'node:fs'
import { entitiesMatch, normalizeEntity } from '../src/evaluate/evaluate.js'
import nlp from 'compromise'
import { describe, expect, it } from 'vitest'
import { analyze, analyzeAsync, CopydeskError, labels } from '../src/index.js'

const seed = readFileSync('fixtures/all-of-us-are-dead-season-2.txt', 'utf8')

describe('analyze: the contract', () => {
  const analysis = analyze(seed)

  it('returns blocks with labels, scores summing to 1, offsets, text, words, sentences and cues', () => {
    expect(analysis.blocks).toHaveLength(16)
    for (const block of analysis.blocks) {
      expect(labels).toContain(block.label)
      expect(Object.values(block.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
      expect(seed.slice(block.start, block.end).replace(/\s+/g, ' ')).toBe(block.text.replace(/\s+/g, ' '))
      expect(block.words).toBeGreaterThan(0)
      expect(block.sentences.length).toBeGreaterThan(0)
      for (const sentence of block.sentences) {
        expect(labels).toContain(sentence.label)
        expect(sentence.start).toBeGreaterThanOrEqual(block.start)
        expect(sentence.end).toBeLessThanOrEqual(block.end)
      }
      for (const cue of block.cues) expect(seed.slice(cue.start, cue.end)).toBe(cue.text)
    }
  })

  it('labels the blocks whose cues are unambiguous', () => {
    const byText = (prefix: string) => analysis.blocks.find((block) => block.text.startsWith(prefix))!.label
    expect(byText('What to Expect')).toBe('other')
    expect(byText('READ: New Year')).toBe('promo')
    expect(byText('Lee Jae-kyoo, the director')).toBe('news')
    expect(byText('Grab ₱100,000')).toBe('promo')
  })

  it('labels every block as annotated', () => {
    const expected = JSON.parse(readFileSync('fixtures/all-of-us-are-dead-season-2.txt.expected.json', 'utf8')) as { labels: string[] }
    expect(analysis.blocks.map((block) => block.label)).toEqual(expected.labels)
  })

  it('labels a product name alone on a line among promo blocks as promo, and only there', () => {
    const deals = 'Get 20% off your first order with code GLOW20!\n\nAcme Night Glow Serum\n\nSubscribe to our newsletter for weekly deals!'
    const product = analyze(deals).blocks[1]!
    expect(product).toMatchObject({ text: 'Acme Night Glow Serum', label: 'promo', rule: 'product-line' })
    expect(product.sentences.every((sentence) => sentence.label === 'promo')).toBe(true)
    const news = 'The studio said filming wrapped in May.\n\nCast And Crew\n\nThe director told reporters the edit is done.'
    expect(analyze(news).blocks[1]).toMatchObject({ label: 'other' })
  })

  it('labels teasers cut short under a promo lead-in as promo, and only there', () => {
    const teasers = 'You May Also Like\n\nMusic\n\nThe singer has announced a lineup of artists for her album. In an interview with the host...\n\nThe band confirmed a world tour on Monday, with dates in Seoul and...'
    const labelled = analyze(teasers).blocks
    expect(labelled.slice(2).map((block) => [block.label, block.rule])).toEqual([
      ['promo', 'teaser'],
      ['promo', 'teaser'],
    ])
    const inArticle = analyze('Tour News\n\nThe band confirmed a world tour on Monday. The singer said only that the dates would be...').blocks
    expect(inArticle[1]!.label).not.toBe('promo')
  })

  it('labels a cast list as news, and a single cast line, which may be a caption, by the models', () => {
    const cast = 'Copper Road Returns\n\nThe cast includes:\n\nMina Park as Detective Yoon in Copper Road\n\nLee Joon-ho as the Harbour Master in Copper Road\n\nJo Ara as Seo-yeon'
    expect(analyze(cast).blocks.slice(2).map((block) => [block.label, block.rule])).toEqual([
      ['news', 'cast'],
      ['news', 'cast'],
      ['news', 'cast'],
    ])
    const caption = analyze('Copper Road Returns\n\nMina Park as Detective Yoon in Copper Road\n\nThe drama returns in June, the network said.').blocks[1]!
    expect(caption).toMatchObject({ label: 'other' })
    expect(caption.rule).toBeUndefined()
  })

  it('reads an unattributed expectation about the future as speculation', () => {
    const text = 'Sequel News\n\nThe studio told Variety that filming wrapped last week. Since filming took a year, we expect the sequel to arrive sometime in 2027.'
    const [, expecting] = analyze(text).blocks[1]!.sentences
    expect(expecting!.label).toBe('speculation')
  })

  it('leans a reported fact toward speculation when the article around it is about rumours', () => {
    const fact = 'Gamma Daily reported that the two met at a cafe in Seoul last month.'
    const plain = ['Idol News', 'The agency announced a new album on Monday.', fact, 'The album was released in March.']
    const rumours = ['Idol News', 'The singers were reportedly dating, an insider claimed.', fact, 'Rumours of a wedding spread, according to unnamed sources.']
    const speculation = (blocks: string[]) => analyze(blocks.join('\n\n')).blocks[2]!.scores.speculation
    expect(speculation(rumours)).toBeGreaterThan(speculation(plain) + 0.05)
  })

  it('reads a denial of a rumour as news, and the rumour itself as speculation', () => {
    const text = 'Idol News\n\nThe singers were reportedly dating, according to an insider.\n\nTheir agency denied the rumours on Monday and declined to comment further.'
    const [, rumour, denial] = analyze(text).blocks
    expect(rumour!.label).toBe('speculation')
    expect(denial!.label).toBe('news')
  })

  it('finds exactly the annotated entities, by the guidelines’ matching rule', () => {
    const expected = JSON.parse(readFileSync('fixtures/all-of-us-are-dead-season-2.txt.expected.json', 'utf8')) as { entities: Record<string, string[]> }
    for (const type of ['show', 'person', 'org', 'place', 'date', 'money'] as const) {
      const gold = (expected.entities[type] ?? []).map(normalizeEntity)
      const found = analysis.entities.filter((entity) => entity.type === type).map((entity) => normalizeEntity(entity.name))
      expect({ type, missing: gold.filter((name) => !found.some((other) => entitiesMatch(other, name))) }).toEqual({ type, missing: [] })
      if (type !== 'money') expect({ type, extra: found.filter((name) => !gold.some((other) => entitiesMatch(other, name))) }).toEqual({ type, extra: [] })
    }
  })

  it('reports words by label and the ratios', () => {
    const { stats } = analysis
    expect(stats.words).toBe(analysis.blocks.reduce((sum, block) => sum + block.words, 0))
    const content = stats.words - stats.wordsByLabel.other
    expect(stats.adRatio).toBeCloseTo(stats.wordsByLabel.promo / content, 12)
    expect(stats.speculationRatio).toBeCloseTo(stats.wordsByLabel.speculation / content, 12)
    expect(stats.adRatio).toBeGreaterThan(0.05)
    expect(stats.adRatio).toBeLessThan(0.4)
  })

  it('puts the same labels on the tree', () => {
    const nodes = analysis.tree.children.flatMap((section) => section.children)
    expect(nodes.map((node) => node.data.label)).toEqual(analysis.blocks.map((block) => block.label))
    expect(analysis.tree.children[0]!.data.wordsByLabel).toEqual(analysis.stats.wordsByLabel)
  })

  it('extracts entities with mentions pointing into the input', () => {
    const names = analysis.entities.map((entity) => `${entity.type}:${entity.name}`)
    expect(names).toEqual(expect.arrayContaining(['show:All of Us Are Dead', 'person:Lee Jae-kyoo', 'org:Netflix', 'show:Squid Game']))
    for (const entity of analysis.entities) {
      for (const mention of entity.mentions) expect(seed.slice(mention.start, mention.end)).toBe(mention.text)
    }
  })

  it('has an async twin', async () => {
    expect((await analyzeAsync(seed)).stats).toEqual(analysis.stats)
  })
})

describe('analyze: formats', () => {
  // Fixtures written for copydesk; each has an expected-labels file beside it.
  for (const name of ['moonlit-harbor-season-2.md', 'moonlit-harbor-season-2.html']) {
    it(`labels ${name}`, () => {
      const input = readFileSync(`fixtures/${name}`, 'utf8')
      const expected = JSON.parse(readFileSync(`fixtures/${name}.expected.json`, 'utf8')) as { labels: Record<string, string> }
      const analysis = analyze(input)
      for (const [prefix, label] of Object.entries(expected.labels)) {
        const block = analysis.blocks.find((candidate) => candidate.text.startsWith(prefix))
        expect(block, prefix).toBeDefined()
        expect(block!.label, prefix).toBe(label)
      }
      for (const block of analysis.blocks) expect(block.end).toBeGreaterThan(block.start)
    })
  }
})

describe('analyze: bad input', () => {
  it('gives an empty result for empty text', () => {
    for (const input of ['', '  \n\n ']) {
      const analysis = analyze(input)
      expect(analysis.blocks).toEqual([])
      expect(analysis.stats).toEqual({ words: 0, wordsByLabel: { news: 0, speculation: 0, promo: 0, other: 0 }, adRatio: 0, speculationRatio: 0 })
    }
  })

  it('names a bad `published`', () => {
    expect(() => analyze('x', { published: 'someday' })).toThrow(/`published`.*`someday`/)
    expect(() => analyze('x', { published: new Date('nope') })).toThrow(CopydeskError)
  })

  it('names a `timeReferences` that is not a boolean', () => {
    expect(() => analyze('x', { timeReferences: 'yes' as never })).toThrow(/Expected `timeReferences` to be a boolean, got `yes`/)
  })

  it('caps input with `maxLength`', () => {
    expect(() => analyze('too long', { maxLength: 3 })).toThrow(/at most 3/)
  })

  it('never returns NaN scores', () => {
    for (const input of ['…', '🙂🙂🙂', '$$$', '\u0000', 'a']) {
      for (const block of analyze(input).blocks) {
        for (const value of Object.values(block.scores)) expect(Number.isFinite(value)).toBe(true)
      }
    }
  })
})

describe('analyze: the host’s compromise', () => {
  it('is the same before and after analyze', () => {
    const probe = 'Lee Jae-kyoo told Wikitree that Netflix may renew Kingdom in South Korea.'
    const tags = () => nlp(probe).json().flatMap((sentence: { terms: Array<{ text: string; tags: string[] }> }) => sentence.terms.map((term) => `${term.text}/${[...term.tags].sort().join('+')}`))
    const before = tags()
    analyze(seed)
    analyze('Park Eun Bin met Kim in Seoul, HYBE said.', { gazetteer: { person: ['Kim'] } })
    expect(tags()).toEqual(before)
  })
})
