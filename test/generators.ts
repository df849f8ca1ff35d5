import fc from 'fast-check'

// Articles for property tests and the fuzzer: text, markdown and HTML with
// unicode (emoji, CJK, RTL, combining marks), odd white space and stray markup.
const pieces = fc.oneof(
  fc.constantFrom('Netflix', 'said', 'could', 'READ:', 'Subscribe', '“Kingdom”', 'Lee Jae-kyoo', 'Dr.', 'U.S.', 'May', '2024', 'last year', '$4.5 million', '₱100,000'),
  fc.constantFrom('🙂', '👩‍👩‍👧', '한국어', '中文', 'مرحبا', 'שלום', 'e\u0301', '\u200b', '\u00a0', '\t', '\r\n', '\u2028', '\ufeff'),
  fc.constantFrom('<', '>', '&amp;', '&#x1F600;', '*', '_', '`', '[', ']', '(', ')', '#', '|', '---', '\\', '<!--', '-->'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
)
const line = fc.array(pieces, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(' '))
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'))

export const textArticle = fc.array(paragraph, { maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'))
export const markdownArticle = fc
  .array(fc.tuple(fc.constantFrom('', '# ', '- ', '1. ', '> ', '> > ', '    ', '```\n', '| a | b |\n| - | - |\n| ', '***'), paragraph), { maxLength: 8 })
  .map((blocks) => blocks.map(([marker, body]) => marker + body).join('\n\n'))
export const htmlArticle = fc
  .array(fc.tuple(fc.constantFrom('p', 'h2', 'li', 'nav', 'aside', 'figcaption', 'script', 'table', 'td', 'em', 'a', 'div', 'b'), paragraph, fc.boolean()), { maxLength: 8 })
  .map((elements) => elements.map(([tag, body, closed]) => `<${tag}>${body}${closed ? `</${tag}>` : ''}`).join('\n'))
export const anyArticle = fc.oneof(
  textArticle.map((input) => ({ input, format: 'text' as const })),
  markdownArticle.map((input) => ({ input, format: 'markdown' as const })),
  htmlArticle.map((input) => ({ input, format: 'html' as const })),
  textArticle.map((input) => ({ input, format: 'auto' as const })),
)
