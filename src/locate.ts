import type { Point } from 'unist'

/**
 * Turn UTF-16 offsets in `input` into unist points (1-based line and
 * column). Lines are indexed once; each look-up is a binary search, so
 * positioning every word of a large article stays linear.
 *
 * @example
 * locate('a\nbc')(3) // { line: 2, column: 2, offset: 3 }
 */
export function locate(input: string): (offset: number) => Point {
  const lineStarts = [0]
  for (let index = input.indexOf('\n'); index !== -1; index = input.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1)
  }
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset }
  }
}
