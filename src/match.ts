/**
 * Every match of a global expression in `text`. Unlike `matchAll`, which
 * copies the expression on every call, this runs the one compiled
 * expression; its `lastIndex` is back at 0 when it returns, so shared
 * module-level expressions stay safe to use again, even from a loop over
 * the matches.
 *
 * @example
 * allMatches(/\d+/g, 'a1 b22').map((match) => match[0]) // ['1', '22']
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  regex.lastIndex = 0
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push(match)
    // An empty match would be found again at the same place.
    if (!match[0]) regex.lastIndex++
  }
  return found
}
