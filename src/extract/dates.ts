/** A date found in a text, with its ISO 8601 value when it can be resolved. */
export interface DateMatch {
  start: number
  end: number
  value?: string
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
const day = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`
const year = String.raw`(?:1[89]\d\d|20\d\d)`
const season = String.raw`(?:spring|summer|fall|autumn|winter)`
const holiday = String.raw`(?:Christmas(?: Day| Eve)?|New Year(?:['’]s)?(?: Day| Eve)?|Halloween|Thanksgiving|Valentine['’]s Day|Easter|Chuseok|Lunar New Year|Diwali|Eid)`

const monthWord = new RegExp(String.raw`\b${month}\b`, 'i')
const dayOfMonth = /(?:^|\D)([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)/
const monthPatterns = monthNames.map((name) => new RegExp(String.raw`\b${name.slice(0, 3)}(?:${name.slice(3)}|t)?\.?\b`))

// Longest forms first; each alternative is a flat, bounded pattern. A
// date starts at a word start, so no attempt begins inside a word.
const pattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
  [
    String.raw`(?:(?:early|mid|late|sometime in|later in|earlier in|by|in)\s+)?${month}\.?\s+${day},?\s+${year}`,
    String.raw`${day}\s+${month}\.?,?\s+${year}`,
    String.raw`${month}\.?\s+${day}\b`,
    String.raw`${day}\s+(?:of\s+)?${month}\b`,
    String.raw`(?:(?:early|mid|late|sometime in|later in|earlier in|the end of|end of)\s+)?${month}\.?,?\s+${year}`,
    String.raw`(?:(?:early|mid|late|sometime in|later in|earlier in|the end of|end of)\s+)?(?:${season}\s+(?:of\s+)?)?${year}s?`,
    String.raw`(?:(?:last|next|this|early|late|mid|later this|earlier this)\s+)(?:year|month|week|weekend|${season}|${month})`,
    String.raw`(?:yesterday|today|tomorrow|tonight)`,
    String.raw`(?:last|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
    String.raw`${holiday}(?:\s+${year})?`,
    String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
    String.raw`(?:in|since|until|by|from|during|of|early|late|mid)\s+${month}(?:\.?,?\s+${year})?\b`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|') + ')',
  'giu',
)

/**
 * Dates in `text`: calendar dates, months, years, seasons of the year,
 * holidays and relative dates, resolved against `published` where they
 * need it. Durations (“two years”) and show seasons (“season two”) are not
 * dates; “may” the verb is not May (months must be capitalised).
 *
 * @example
 * findDates('It returns on June 27, 2024.') // [{ start: 14, end: 27, value: '2024-06-27' }]
 */
export function findDates(text: string, published?: Date): DateMatch[] {
  const found: DateMatch[] = []
  pattern.lastIndex = 0
  for (const match of text.matchAll(pattern)) {
    const value = match[0]
    const start = match.index
    // Month names and weekdays must be capitalised: “may” and “march” are verbs.
    const monthName = monthWord.exec(value)
    if (monthName && !/^[A-Z]/.test(monthName[0])) continue
    if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i.test(value) && !/^[A-Z]/.test(value)) continue
    // “until July 2024” is a date; the preposition is not part of it.
    const preposition = /^(?:in|since|until|by|from|during|of)\s+/i.exec(value)
    if (preposition) {
      const lead = preposition[0].length
      found.push({ start: start + lead, end: start + value.length, ...resolve(value.slice(lead), published) })
      continue
    }
    // A bare number is a year only in a plausible range and not a count (“2024 episodes”, “$2024”).
    if (/^\d{4}$/.test(value)) {
      const before = text.slice(Math.max(0, start - 1), start)
      if (/[$€£₱₹#.,\d]/.test(before) || /^[\s]*(?:%|,\d|\.\d)/.test(text.slice(start + 4, start + 7))) continue
    }
    found.push({ start, end: start + value.length, ...resolve(value, published) })
  }
  return found
}

function resolve(text: string, published?: Date): { value?: string } {
  const lower = text.toLowerCase()
  const yearMatch = /\b(1[89]\d\d|20\d\d)\b/.exec(text)
  const monthIndex = monthOf(lower)
  const dayMatch = dayOfMonth.exec(text.replace(/\b(1[89]\d\d|20\d\d)\b/, ''))
  const pad = (n: number) => String(n).padStart(2, '0')
  if (yearMatch) {
    const y = yearMatch[1]!
    if (/\d{4}s/.test(text)) return { value: `${y.slice(0, 3)}X` }
    if (monthIndex !== -1 && dayMatch) return { value: `${y}-${pad(monthIndex + 1)}-${pad(Number(dayMatch[1]))}` }
    if (monthIndex !== -1) return { value: `${y}-${pad(monthIndex + 1)}` }
    const seasonMatch = /\b(spring|summer|fall|autumn|winter)\b/.exec(lower)
    if (seasonMatch) return { value: `${y}-${{ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' }[seasonMatch[1] as 'spring']}` }
    return { value: y }
  }
  if (!published) return {}
  const base = published.getUTCFullYear()
  const baseMonth = published.getUTCMonth()
  if (/\b(?:last|next|this)\s+year\b/.test(lower)) {
    return { value: String(base + (lower.includes('last') ? -1 : lower.includes('next') ? 1 : 0)) }
  }
  if (/\b(?:last|next|this)\s+month\b/.test(lower)) {
    const shift = lower.includes('last') ? -1 : lower.includes('next') ? 1 : 0
    const date = new Date(Date.UTC(base, baseMonth + shift, 1))
    return { value: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}` }
  }
  if (/^(?:yesterday|today|tomorrow|tonight)$/.test(lower)) {
    const shift = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0
    const date = new Date(published.getTime() + shift * 86_400_000)
    return { value: date.toISOString().slice(0, 10) }
  }
  if (monthIndex !== -1) {
    const shift = /\blast\b/.test(lower) ? (monthIndex >= baseMonth ? -1 : 0) : /\bnext\b/.test(lower) ? (monthIndex <= baseMonth ? 1 : 0) : 0
    if (dayMatch) return { value: `${base + shift}-${pad(monthIndex + 1)}-${pad(Number(dayMatch[1]))}` }
    return { value: `${base + shift}-${pad(monthIndex + 1)}` }
  }
  return {}
}

function monthOf(lower: string): number {
  return monthPatterns.findIndex((monthPattern) => monthPattern.test(lower))
}

/** @internal The date rules' dynamically built regular expressions, for the ReDoS test. */
export const dateRegexes: readonly RegExp[] = [pattern, monthWord, ...monthPatterns]
