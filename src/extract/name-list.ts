/** A name found in a text, and where it starts. */
export interface Found {
  index: number
  name: string
}

interface Node {
  next: Map<number, Node>
  /** A name ends here. */
  name?: string
}

const wordChar = /[\p{L}\p{N}]/u
/** The start table of an empty list, shared: a user's gazetteer is mostly empty. */
const noStarts = new Uint8Array(0x10000)

/** Whether the code point at `index` is a letter or digit (`false` outside the text). */
function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  // A low surrogate belongs to the code point that starts one unit before.
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index
  return wordChar.test(String.fromCodePoint(text.codePointAt(start)!))
}

/**
 * A list of names (a gazetteer) that finds its names in a text as whole
 * words: leftmost first, and at each place the longest name that is not
 * followed by a letter, a digit or “+” (“Disney+” is not “Disney”).
 *
 * It finds what one alternation of every name would find, by walking a
 * character trie from each word start. Built in microseconds, it spares
 * the first `analyze` the compiling of expressions of some thousand
 * alternatives (about 60 ms); later scans cost about what those
 * expressions did.
 *
 * @example
 * new NameList(['Seoul', 'South Korea']).find('From Seoul, South Korea.')
 * // [{ index: 5, name: 'Seoul' }, { index: 12, name: 'South Korea' }]
 */
export class NameList {
  readonly #root: Node = { next: new Map() }
  /** Which UTF-16 units start a name: most places in a text start none. */
  #starts: Uint8Array = noStarts

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (!name) continue
      if (this.#starts === noStarts) this.#starts = new Uint8Array(0x10000)
      this.#starts[name.charCodeAt(0)] = 1
      let node = this.#root
      for (let index = 0; index < name.length; index++) {
        const code = name.charCodeAt(index)
        let child = node.next.get(code)
        if (!child) node.next.set(code, (child = { next: new Map() }))
        node = child
      }
      node.name = name
    }
  }

  /** Every name in `text`, in order, none overlapping. */
  find(text: string): Found[] {
    const found: Found[] = []
    const starts = this.#starts
    if (starts === noStarts) return found
    for (let start = 0; start < text.length; ) {
      const code = text.charCodeAt(start)
      if (!starts[code] || isWordChar(text, start - 1)) {
        start++
        continue
      }
      let node = this.#root.next.get(code)
      let end = -1
      let name = ''
      for (let index = start + 1; node; node = node.next.get(text.charCodeAt(index++))) {
        if (node.name !== undefined && !isWordChar(text, index) && text[index] !== '+') {
          end = index
          name = node.name
        }
      }
      if (end === -1) {
        start++
        continue
      }
      found.push({ index: start, name })
      start = end
    }
    return found
  }
}
