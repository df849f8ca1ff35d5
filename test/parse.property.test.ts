import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse, type ArticleRoot } from '../src/index.js'
import { remarkPlainText, textToMdast } from '../src/parse.js'
import { oneSentence, retextSentences } from '../src/sentences.js'

const word = fc.oneof(
  fc.constantFrom('Netflix', 'Lee', 'Jae-kyoo', 'said', 'the', 'show', 'could', 'return', '2024', '₱100,000', 'Dr.', 'U.S.', '“Kingdom”', 'READ:', '🙂', '한국', 'مرحبا', 'e\u0301'),
  fc.string({ minLength: 1, maxLength: 8 }),
)
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '))
const punctuation = fc.constantFrom('', '.', '!', '?', '…', '.”')
const paragraph = fc.array(fc.tuple(line, punctuation).map(([text, end]) => text + end), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'))
const text = fc.array(paragraph, { maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'))
const markdown = fc
  .array(
    fc.tuple(fc.constantFrom('', '# ', '## ', '- ', '1. ', '> ', '*', '**', '| '), paragraph).map(([marker, body]) => marker + body),
    { maxLength: 8 },
  )
  .map((blocks) => blocks.join('\n\n'))
const html = fc
  .array(
    fc.tuple(fc.constantFrom('p', 'h1', 'li', 'nav', 'footer', 'figcaption', 'script', 'div', 'em'), paragraph).map(
      ([tag, body]) => `<${tag}>${body.replace(/[<&]/g, (char) => (char === '<' ? '&lt;' : '&amp;'))}</${tag}>`,
    ),
    { maxLength: 8 },
  )
  .map((elements) => `<html><body>${elements.join('\n')}</body></html>`)

function checkTree(input: string, tree: ArticleRoot, wordsInOrder: boolean): void {
  let previousEnd = 0
  for (const section of tree.children) {
    for (const block of section.children) {
      const start = block.position.start.offset!
      const end = block.position.end.offset!
      expect(start).toBeGreaterThanOrEqual(previousEnd)
      expect(end).toBeGreaterThan(start)
      expect(end).toBeLessThanOrEqual(input.length)
      expect(start).toBeGreaterThanOrEqual(section.position.start.offset!)
      expect(end).toBeLessThanOrEqual(section.position.end.offset!)
      previousEnd = end
      let cursor = 0
      const source = input.slice(start, end)
      for (const sentence of block.children) {
        expect(sentence.position.start.offset!).toBeGreaterThanOrEqual(start)
        expect(sentence.position.end.offset!).toBeLessThanOrEqual(end)
        for (const word of sentence.children) {
          expect(word.position.start.offset!).toBeGreaterThanOrEqual(sentence.position.start.offset!)
          expect(word.position.end.offset!).toBeLessThanOrEqual(sentence.position.end.offset!)
          if (wordsInOrder) {
            const found = source.indexOf(word.value, cursor)
            if (found === -1) {
              // Markdown markup or inline HTML may sit inside a word
              // (`**bold**text`): the word’s own source, less markup, is the word.
              const own = input.slice(word.position.start.offset, word.position.end.offset)
              expect(stripMarkup(own), word.value).toBe(stripMarkup(word.value))
            } else cursor = found + word.value.length
          }
        }
      }
    }
  }
}

function stripMarkup(value: string): string {
  return value.replace(/<[^>]*>/g, '').replace(/[*_`~[\]()!#>|\\\s]/g, '')
}

describe('parse: properties', () => {
  it('positions every node of generated plain text', () => {
    fc.assert(fc.property(text, (input) => checkTree(input, parse(input, { format: 'text' }), true)), { seed: 42, numRuns: 300 })
  })
  it('positions every node of generated markdown', () => {
    fc.assert(fc.property(markdown, (input) => checkTree(input, parse(input, { format: 'markdown' }), true)), { seed: 42, numRuns: 300 })
  })
  it('positions every node of generated HTML', () => {
    fc.assert(fc.property(html, (input) => checkTree(input, parse(input, { format: 'html' }), false)), { seed: 42, numRuns: 300 })
  })

  // copydesk reads plain text itself; remark, with every construct but the
  // paragraph switched off, is the reference it must equal node for node.
  const reference = remarkPlainText()
  const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\r\n', 'a', 'Bc', '\0', '\\', '*', '# ', '> ', '1. ', '&amp;', '<b>', '😀', '\u00a0', '\f', '-', '`', '[x](y)', '    code')
  it('reads plain text exactly as remark does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = pieces.join('')
        expect(textToMdast(input)).toEqual(reference.parse(input))
      }),
      { seed: 7, numRuns: 3000 },
    )
  })
  it.each([
    ['', 'empty'],
    ['  a\n   b  \nc\n\n\t\td  e \n \n\n f', 'indents, a hard break, blank lines of white space'],
    ['x\r\ny\r\n\r\nz\rw', 'CR LF and CR endings'],
    ['a  ', 'trailing spaces at the end'],
    ['a\t  \nb', 'a tab before the spaces: no break'],
  ])('reads %j (%s) as remark does', (input) => {
    expect(textToMdast(input)).toEqual(reference.parse(input))
  })
  it('skips a byte order mark but counts positions from the input’s start', () => {
    const [paragraph] = textToMdast('\uFEFFHello').children
    expect(paragraph).toMatchObject({ type: 'paragraph', position: { start: { offset: 1 } }, children: [{ type: 'text', value: 'Hello' }] })
  })

  // A text read as one sentence without retext must be one sentence for retext too.
  const sentencePiece = fc.constantFrom(' ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\ufeff', 'a', 'Bc', 'Dr', '.', '!', '?', '…', '‽', '"', '”', '’', ')', ']', '(', ',', '—', '😀', '1', 'U.S', ':', '。')
  it('takes a text for one sentence only where retext does', () => {
    let single = 0
    fc.assert(
      fc.property(fc.array(sentencePiece, { maxLength: 30 }), (pieces) => {
        const input = pieces.join('')
        const span = oneSentence(input)
        if (span) {
          single++
          expect(span).toEqual(retextSentences(input))
        }
      }),
      { seed: 11, numRuns: 3000 },
    )
    expect(single).toBeGreaterThan(500)
  })
})
