/**
 * Maps offsets in a block's plain text back to offsets in the source.
 *
 * The plain text is built from pieces of the parsed tree (text nodes, line
 * breaks, separators). Where a piece's text is its source verbatim, the map
 * is a shift; where the parser changed it (character references, escapes,
 * collapsed white space), each character is aligned with the source.
 */
export class OffsetMap {
  private starts: number[] = []
  private pieces: Piece[] = []
  private raw = ''
  // Furthest source offset pushed so far.
  private reached = 0
  // Characters cut from the front of `raw` by `trim`.
  private shift = 0
  /** The text, once {@link OffsetMap.trim} has run; until then, empty. */
  text = ''

  /**
   * Append `value`, whose source is `source.slice(start, end)`. With no
   * source span (a separator the segmenter adds), it maps to `start`.
   */
  push(value: string, source: string, start: number, end: number): void {
    if (!value) return
    // The map only moves forward: a piece without a real place (a separator,
    // a node the HTML parser made up) stands where the last one ended.
    if (start < this.reached) {
      start = this.reached
      end = Math.max(end, start)
    }
    this.reached = Math.max(this.reached, end)
    const piece: Piece = { text: this.raw.length, source: start, length: value.length }
    if (end - start !== value.length || source.slice(start, end) !== value) {
      piece.chars = align(value, source, start, end)
    }
    this.starts.push(piece.text)
    this.pieces.push(piece)
    this.raw += value
  }

  /** Length of what was pushed so far. */
  get length(): number {
    return this.raw.length
  }

  /** Characters {@link OffsetMap.trim} cut from the front. */
  get lead(): number {
    return this.shift
  }

  /** Finish: `text` is what was pushed, less white space at either end. */
  trim(): string {
    const text = this.raw.trimStart()
    this.shift = this.raw.length - text.length
    this.text = text.trimEnd()
    return this.text
  }

  /** Source offset of the character at `offset` in the text. */
  start(offset: number): number {
    offset += this.shift
    const piece = this.find(offset)
    if (!piece) return 0
    const within = Math.min(offset - piece.text, piece.length - 1)
    return piece.chars ? piece.chars[within]! : piece.source + within
  }

  /** Source offset just after the character before `offset` in the text. */
  end(offset: number): number {
    return offset <= 0 ? this.start(0) : this.start(offset - 1) + 1
  }

  private find(offset: number): Piece | undefined {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return this.pieces[low]
  }
}

interface Piece {
  text: number
  source: number
  length: number
  chars?: Uint32Array
}

// How far the aligner looks ahead for a character: longer than any HTML
// character reference, short enough to stay linear.
const lookahead = 40

function align(value: string, source: string, start: number, end: number): Uint32Array {
  const chars = new Uint32Array(value.length)
  let cursor = start
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    // White space the parser collapsed or dropped is skipped.
    if (!isSpace(char)) while (cursor < end - 1 && isSpace(source[cursor]!)) cursor++
    const limit = Math.min(end, cursor + lookahead)
    // A character reference (`&amp;`, `&#x1F600;`) stands for the one
    // character (or surrogate pair) at this point of the value.
    if (source[cursor] === '&' && char !== '&') {
      const semicolon = source.indexOf(';', cursor)
      if (semicolon !== -1 && semicolon < limit) {
        chars[index] = cursor
        if (isHighSurrogate(char) && index + 1 < value.length) chars[++index] = cursor
        cursor = semicolon + 1
        continue
      }
    }
    let found = -1
    for (let probe = cursor; probe < limit; probe++) {
      if (source[probe] === char || (isSpace(char) && isSpace(source[probe]!))) {
        found = probe
        break
      }
    }
    if (found === -1) {
      // A character the source spells otherwise: it stands where the cursor is.
      chars[index] = Math.min(cursor, Math.max(start, end - 1))
      cursor = Math.min(cursor + 1, end)
    } else {
      chars[index] = found
      cursor = found + 1
    }
  }
  return chars
}

function isHighSurrogate(char: string): boolean {
  const code = char.charCodeAt(0)
  return code >= 0xd800 && code <= 0xdbff
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0'
}
