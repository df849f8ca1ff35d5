import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CopydeskError, detectFormat, parse, type ArticleRoot, type BlockNode } from '../src/index.js'

const seed = readFileSync('fixtures/all-of-us-are-dead-season-2.txt', 'utf8')

function blocksOf(tree: ArticleRoot): BlockNode[] {
  return tree.children.flatMap((section) => section.children)
}

function slice(input: string, node: { position: { start: { offset?: number }; end: { offset?: number } } }): string {
  return input.slice(node.position.start.offset, node.position.end.offset)
}

// Blank-line blocks, found by scanning (the definition in GUIDELINES.md).
function blankLineBlocks(input: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const separator = /\n[ \t]*\n/g
  let from = 0
  for (const match of [...input.matchAll(separator), { index: input.length, 0: '' }]) {
    const raw = input.slice(from, match.index)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text) spans.push([from + lead, from + lead + text.length])
    from = match.index! + match[0]!.length
  }
  return spans
}

describe('parse: the seed article', () => {
  const tree = parse(seed)
  const blocks = blocksOf(tree)

  it('has the 16 blocks of its blank-line split, at the same offsets', () => {
    expect(blocks.map((block) => [block.position.start.offset, block.position.end.offset])).toEqual(blankLineBlocks(seed))
    expect(blocks).toHaveLength(16)
  })

  it('splits its sentences', () => {
    const sentences = blocks[9]!.children.map((sentence) => slice(seed, sentence))
    expect(sentences).toEqual([
      'If you haven’t watched the first season yet, what are you waiting for?',
      'Binge all 12 episodes on Netflix',
    ])
    expect(blocks[7]!.children).toHaveLength(4)
    expect(blocks[0]!.children).toHaveLength(1)
  })

  it('gives every word its source', () => {
    for (const block of blocks) {
      for (const sentence of block.children) {
        for (const word of sentence.children) expect(slice(seed, word)).toBe(word.value)
      }
    }
  })
})

describe('parse: sentences', () => {
  const table: Array<[string, string[]]> = [
    ['He met Dr. Smith on Aug. 5. He left.', ['He met Dr. Smith on Aug. 5.', 'He left.']],
    ['Apple Inc. said so. Mr. Lee agreed.', ['Apple Inc. said so.', 'Mr. Lee agreed.']],
    ['It costs ₱100,000 and $4.5 million. Done.', ['It costs ₱100,000 and $4.5 million.', 'Done.']],
    ['J. R. R. Tolkien wrote it. Ok.', ['J. R. R. Tolkien wrote it.', 'Ok.']],
    ['He said “It works.” Then he left.', ['He said “It works.”', 'Then he left.']],
    ['Wait... What? Yes! No.', ['Wait...', 'What?', 'Yes!', 'No.']],
    ['Sammy Davis Jr. was there.', ['Sammy Davis Jr. was there.']],
    ['It was not what Warner Bros. Pictures hoped. It ended at Warner Bros. The film flopped.', ['It was not what Warner Bros. Pictures hoped.', 'It ended at Warner Bros.', 'The film flopped.']],
    ['A headline without a stop\nThe body starts here.', ['A headline without a stop', 'The body starts here.']],
  ]
  // Line breaks that must not end a sentence.
  const negative: Array<[string, string[]]> = [
    ['The series was a runaway\nhit with fans.', ['The series was a runaway\nhit with fans.']],
    ['He met the\nDirector of the show.', ['He met the\nDirector of the show.']],
    ['Version 2.5 is out.', ['Version 2.5 is out.']],
  ]
  for (const [input, expected] of [...table, ...negative]) {
    it(JSON.stringify(input), () => {
      const block = blocksOf(parse(input, { format: 'text' }))[0]!
      expect(block.children.map((sentence) => slice(input, sentence))).toEqual(expected)
    })
  }
})

describe('parse: format text', () => {
  const table: Array<[string, string[]]> = [
    ['#1 thing\n\n1. first\n2. second', ['#1 thing', '1. first\n2. second']],
    ['* not a list *\n> not a quote', ['* not a list *\n> not a quote']],
    ['    indented\n\n---\n\n<b>tag</b> &amp;', ['indented', '---', '<b>tag</b> &amp;']],
    ['a\n \t\nb', ['a', 'b']],
  ]
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => {
      expect(blocksOf(parse(input, { format: 'text' })).map((block) => block.text)).toEqual(expected)
    })
  }
  const negative = ['', '   ', '\n\n\t\n']
  for (const input of negative) {
    it(`no blocks in ${JSON.stringify(input)}`, () => {
      expect(blocksOf(parse(input, { format: 'text' }))).toEqual([])
    })
  }
})

describe('parse: format markdown', () => {
  const input = [
    '---',
    'title: Front matter',
    '---',
    '',
    '# The headline',
    '',
    'A paragraph with *Squid Game* and [a link](https://example.com).',
    '',
    '- one item',
    '- two item',
    '',
    '> A quote.',
    '',
    '| show | year |',
    '| --- | --- |',
    '| Kingdom | 2019 |',
    '',
    '```',
    'code is not a block',
    '```',
    '',
    '***',
    '',
    '## Second section',
    '',
    'Last words.',
  ].join('\n')
  const tree = parse(input, { format: 'markdown' })
  const blocks = blocksOf(tree)

  it('makes blocks of headings, paragraphs, items, quotes and table rows', () => {
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'The headline'],
      ['paragraph', 'A paragraph with Squid Game and a link.'],
      ['listItem', 'one item'],
      ['listItem', 'two item'],
      ['blockquote', 'A quote.'],
      ['tableRow', 'show | year'],
      ['tableRow', 'Kingdom | 2019'],
      ['heading', 'Second section'],
      ['paragraph', 'Last words.'],
    ])
  })

  it('parses ordinary nesting as markdown, and only absurd nesting as plain text', () => {
    const nested = '> - 1. A quoted list item\n\n- a\n  - b\n    - c'
    expect(parse(nested, { format: 'markdown' }).data.degraded).toBeUndefined()
    const deep = `${'- '.repeat(300)}item`
    const tree = parse(deep, { format: 'markdown' })
    expect(tree.data.degraded).toMatch(/nested too deeply to parse as markdown/)
    expect(tree.children.flatMap((section) => section.children).map((block) => block.text).join(' ')).toMatch(/item/)
  })

  it('opens a section at each heading', () => {
    expect(tree.children.map((section) => [section.data.heading, section.children.length])).toEqual([
      ['The headline', 7],
      ['Second section', 2],
    ])
  })

  it('records emphasis and links on the block', () => {
    const block = blocks[1]!
    expect(block.data.emphasis.map(([a, b]) => block.text.slice(a, b))).toEqual(['Squid Game'])
    expect(block.data.links.map(([a, b]) => block.text.slice(a, b))).toEqual(['a link'])
    expect(block.data.urls).toEqual(['https://example.com'])
  })

  it('points into the source', () => {
    expect(slice(input, blocks[0]!)).toBe('# The headline')
    const words = blocks[1]!.children[0]!.children
    expect(words.map((word) => slice(input, word))).toEqual(words.map((word) => word.value))
  })
})

describe('parse: format html', () => {
  const input = [
    '<!doctype html><html><head><title>Title</title><style>p{}</style></head><body>',
    '<nav><a href="/">Home</a> | <a href="/news">News</a></nav>',
    '<article><h1>Big &amp; Bold</h1>',
    '<p>Lee said “it&#39;s done.” <em>Kingdom</em> returns.</p>',
    '<figure><img src="a.jpg" alt="A still"><figcaption>Photo: Netflix</figcaption></figure>',
    '<script>var hidden = 1</script><noscript>Enable JS</noscript><template><p>Nope</p></template>',
    '</article><footer>© 2024 Example</footer></body></html>',
  ].join('\n')
  const blocks = blocksOf(parse(input))

  it('keeps visible text, drops script, style, noscript and template', () => {
    expect(blocks.map((block) => block.text)).toEqual([
      'Home | News',
      'Big & Bold',
      'Lee said “it\'s done.” Kingdom returns.',
      'Photo: Netflix',
      '© 2024 Example',
    ])
  })

  it('marks chrome and captions', () => {
    expect(blocks.map((block) => [block.kind, Boolean(block.data.chrome)])).toEqual([
      ['paragraph', true],
      ['heading', false],
      ['paragraph', false],
      ['caption', false],
      ['paragraph', true],
    ])
  })

  it('points words into the HTML source', () => {
    const words = blocks[2]!.children.flatMap((sentence) => sentence.children)
    expect(words.map((word) => slice(input, word))).toEqual(['Lee', 'said', 'it&#39;s', 'done', 'Kingdom', 'returns'])
    expect(slice(input, blocks[1]!.children[0]!.children[1]!)).toBe('Bold')
  })
})

describe('detectFormat', () => {
  const table: Array<[string, string]> = [
    ['<!doctype html><p>x</p>', 'html'],
    ['  <div class="a">x</div>', 'html'],
    ['---\ntitle: x\n---\nBody', 'markdown'],
    ['# Title\n\nBody', 'markdown'],
    ['See [this](https://x.y).', 'markdown'],
    ['Some **bold** claim', 'markdown'],
    ['> quoted\n\ntext', 'markdown'],
  ]
  const negative: Array<[string, string]> = [
    ['Title\n\n1. First\n2. Second', 'text'],
    ['#1 in the charts', 'text'],
    ['5 < 6 and <3', 'text'],
    ['- a dash line\n- another', 'text'],
    ['[email protected] wrote', 'text'],
  ]
  for (const [input, expected] of [...table, ...negative]) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(detectFormat(input)).toBe(expected))
  }
})

describe('parse: bad input', () => {
  it('throws a TypeError naming `input` for a non-string', () => {
    for (const value of [42, null, undefined, {}, Buffer.from('x')]) {
      expect(() => parse(value as never)).toThrow(TypeError)
      expect(() => parse(value as never)).toThrow(/`input`/)
    }
  })

  it('names an unknown option and the valid ones', () => {
    expect(() => parse('x', { fromat: 'text' } as never)).toThrow(/Unknown option `fromat`, expected one of: format,/)
  })

  it('names a bad format and the valid values', () => {
    const error = (() => {
      try {
        parse('x', { format: 'pdf' as never })
      } catch (error) {
        return error
      }
    })()
    expect(error).toBeInstanceOf(CopydeskError)
    expect((error as CopydeskError).code).toBe('ERR_INVALID_OPTION')
    expect((error as Error).message).toMatch(/`format` `pdf`, expected one of: auto, text, markdown, html/)
  })

  it('parses a 10 MB article', () => {
    const paragraph = 'The Netflix series “Kingdom” returns in 2024, director Kim Seong-hun said. Fans could see more.\n\n'
    const input = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))
    const blocks = blocksOf(parse(input, { format: 'text' }))
    expect(blocks.length).toBe(Math.ceil(10_000_000 / paragraph.length))
    expect(blocks.at(-1)!.position.end.offset).toBe(input.length - 2)
  }, 180_000)
})

describe('parse: a byte order mark', () => {
  it.each([
    ['text', '\uFEFFTitle\n\nNetflix said so.'],
    ['markdown', '\uFEFF# Title\n\nNetflix *said* so.'],
    ['html', '\uFEFF<h1>Title</h1><p>Netflix said so.</p>'],
  ] as const)('leaves every offset pointing into the %s input', (format, input) => {
    const blocks = blocksOf(parse(input, { format }))
    expect(blocks.map((block) => block.text)).toEqual(['Title', 'Netflix said so.'])
    for (const block of blocks) {
      for (const sentence of block.children) for (const word of sentence.children) expect(slice(input, word)).toBe(word.value)
    }
    expect(input.slice(blocks[1]!.position.start.offset, blocks[1]!.position.end.offset)).toMatch(/^(?:<p>)?Netflix .*so\.(?:<\/p>)?$/)
  })
})
