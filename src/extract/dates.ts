import { allMatches } from '../match.js'

/** A date found in a text, with its ISO 8601 value when it can be resolved. */
export interface DateMatch {
  start: number
  end: number
  value?: string
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
const day = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:(?:st|nd|rd|th)(?![\p{L}]))?`
const year = String.raw`(?:1[89]\d\d|20\d\d)`
const season = String.raw`(?:spring|summer|fall|autumn|winter)`
const quarter = String.raw`(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)`
const weekday = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
const partOfDay = String.raw`(?:morning|afternoon|evening|night)`
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const holiday = String.raw`(?:Christmas(?: Day| Eve)?|Memorial Day|Labor Day|Labour Day|Independence Day|Boxing Day|Mother['’]s Day|Father['’]s Day|Black Friday|Golden Week|New Year['’]s(?: Day| Eve)?|New Year (?:Day|Eve)|Halloween|Thanksgiving|Valentine['’]s Day|Easter|Chuseok|Lunar New Year|Diwali|Eid)`

const weekdayWord = new RegExp(String.raw`\b${weekday}`, 'i')
const monthWord = new RegExp(String.raw`\b${month}\b`, 'i')
const dayOfMonth = /(?:^|\D)([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)/
const monthPatterns = monthNames.map((name) => new RegExp(String.raw`\b${name.slice(0, 3)}(?:${name.slice(3)}|t)?\.?\b`))

// Each alternative is a flat, bounded pattern, longest forms first. A date
// starts at a word start, so no attempt begins inside a word. The forms are
// split in four expressions, calendar, month, relative and period, small enough for the
// ReDoS checker to prove linear; their matches are merged in findDates.
const compile = (alternatives: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:` + alternatives.map((alternative) => `(?:${alternative})`).join('|') + ')', 'giu')
const calendarPattern = compile([
    String.raw`the\s+New\s+Year(?![\p{L}'’])`,
    String.raw`(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])/(?:${year}|\d\d)(?![\d/])`,
    String.raw`${year}-(?:0[1-9]|1[0-2])-(?:[12]\d|3[01]|0[1-9])(?![\d-])`,
    String.raw`(?:(?:early|mid|late|sometime in|later in|earlier in|by|in)\s+)?${month}\.?\s+${day},?\s+${year}`,
    String.raw`${day}\s+${month}\.?,?\s+${year}`,
    String.raw`${month}\.?\s+${day}(?!\d)`,
    String.raw`${day}\s+(?:of\s+)?${month}\b`,
    String.raw`(?:(?:early|mid|late|sometime in|later in|earlier in|the end of|end of)\s+)?${month}\.?,?\s+${year}`,
    String.raw`(?:(?:early|mid|late|sometime in|later in|earlier in|the end of|end of)\s+)?(?:${season}\s+(?:of\s+)?)?${year}s?`,
    String.raw`(?:(?:early|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+)?(?:(?:last|next|this|early|late|mid|later this|earlier this)\s+)(?:year|month|weekend|week|${season}|${month})`,
    String.raw`(?:the\s+)?${quarter}[\s-]quarter(?:\s+of\s+(?:${year}|(?:this|last|next)\s+year))?`,
    String.raw`Q[1-4](?:\s+${year})?`,
])
const namedMonthPattern = compile([
    String.raw`(?:(?:in|since|until|by|from|during)\s+)?${month}\s+(?:of\s+)?(?:this|last|next)\s+year`,
    String.raw`(?:in|since|until|by|from|during|of|early|late|mid)\s+${month}(?![\p{L}])(?:\.?\s+${day}(?!\d))?(?:\.?,?\s+${year}(?!\d))?`,
    String.raw`(?:January|February|March|April|June|July|August|September|October|November|December)(?![\p{L}\p{N}])`,
    String.raw`(?:in|during|by|until|since)\s+(?:(?:early|late|mid)\s+)?${season}(?![\p{L}]|\s+(?:of\s+)?\d)`,
    String.raw`(?:end|mid)[\s-]${month}(?![\p{L}])`,
])
const relativePattern = compile([
    String.raw`(?:yesterday|today|tomorrow|tonight)`,
    String.raw`(?:last|next|this)\s+${weekday}(?:\s+${partOfDay})?`,
    String.raw`${holiday}(?![\p{L}])(?:\s+${year})?`,
    String.raw`${weekday}s?(?:\s+${partOfDay}s?)?`,
    String.raw`(?:this past|the past|the)\s+weekend`,
    String.raw`(?<=(?:on|by|from|until|till|since|before|after)\s)the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\p{L}\p{N}])`,
    String.raw`the\s+['’‘]?[0-9]0s|['’‘][1-9]0s|(?<=\d0s (?:and|or|to) )[1-9]0s`,
    String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+ago`,
])
const periodPattern = compile([
    String.raw`(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+(?:the\s+year|the\s+month|${month})`,
    String.raw`the\s+(?:summer|winter|spring|autumn)|the\s+fall(?!\s+of)`,
    String.raw`(?:this|last|next)\s+fiscal\s+year`,
    String.raw`(?:this|yesterday|tomorrow) ${partOfDay}`,
    String.raw`the (?:previous|prior) (?:year|month|week)|the (?:year|month|week) (?:previous|prior|before)(?![\p{L}\p{N}]| the| a| an| [\p{N}])`,
])

// TimeML's vague references, only when asked for (option `timeReferences`).
const referencePattern = compile([
    String.raw`(?:more\s+)?recently|lately|nowadays|presently|currently|these\s+days|at\s+present|the\s+time\s+being`,
    String.raw`recent(?=\s+\p{L})|now(?![\p{L}\p{N}'’-])`,
    String.raw`the\s+past(?!\s+(?:\p{N}|few|several|couple|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year|month|week|day|decade|century))`,
    String.raw`soon|later(?![\p{L}\p{N}]|\s+(?:this|that|in|on|than)\b)|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|long|short)\s+term`,
    String.raw`(?:the\s+same|that)\s+(?:day|week|month|quarter|year|period|time)(?:\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year))?(?![\p{L}\p{N}'’-])|the\s+day(?![\p{L}\p{N}'’-])`,
])
const referenceValues: Array<[RegExp, string]> = [
  [/^(?:more\s+)?recent|^lately|^the\s+past/i, 'PAST_REF'],
  [/^(?:soon|later|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|long|short)\s+term)$/i, 'FUTURE_REF'],
  [/./, 'PRESENT_REF'],
]

/**
 * Dates in `text`: calendar dates, months, years, seasons of the year,
 * holidays and relative dates, resolved against `published` where they
 * need it. Durations (“two years”) and show seasons (“season two”) are not
 * dates; “may” the verb is not May (months must be capitalised).
 *
 * @example
 * findDates('It returns on June 27, 2024.') // [{ start: 14, end: 27, value: '2024-06-27' }]
 */
export function findDates(text: string, published?: Date, references = false): DateMatch[] {
  const found: DateMatch[] = []
  for (const match of dateMatches(text, references)) {
    const value = match[0]
    const start = match.index
    if (match.reference) {
      found.push({ start, end: start + value.length, ...referenceValue(value, found, published) })
      continue
    }
    // Month names and weekdays must be capitalised: “may” and “march” are verbs.
    const monthName = monthWord.exec(value)
    if (monthName && !/^[A-Z]/.test(monthName[0])) continue
    const weekdayName = weekdayWord.exec(value)
    if (weekdayName && !/^[A-Z]/.test(weekdayName[0])) continue
    // “June Kim”, “in Spring Valley”: a bare month or a capitalised season
    // before a capitalised word is part of a name. (The expressions are
    // case-blind, where \p{Lu} matches any letter, so this is checked here.)
    const named = /^(?:January|February|March|April|June|July|August|September|October|November|December)$|\b(?:Spring|Summer|Autumn|Winter|Fall)$/.test(value)
    if (named && /^\s+\p{Lu}/u.test(text.slice(start + value.length, start + value.length + 3))) continue
    // “until July 2024” is a date; the preposition is not part of it, nor “the”
    // of “the 80s”. A bare “New Year” is a date only as “the New Year”, not in
    // “New Year, New Shows”.
    const preposition = /^(?:in|since|until|by|from|during|of|the(?=\s+(?:['’‘]?\d0s|New Year)))\s+/i.exec(value)
    if (preposition) {
      const lead = preposition[0].length
      found.push({ start: start + lead, end: start + value.length, ...resolve(value.slice(lead), published, () => direction(text, start, start + value.length)) })
      continue
    }
    // “on the 6th” is a day of the month; “on the 6th floor”, “by the 5th episode” are not.
    if (/^the\s+\d/.test(value) && /^\s+(?!(?:of|on|at|in|and|or|to|when|with|from|until|through|for)\b)\p{Ll}/u.test(text.slice(start + value.length, start + value.length + 12))) continue
    // A bare number is a year only in a plausible range and not a count (“2024 episodes”, “$2024”).
    if (/^\d{4}$/.test(value)) {
      const before = text.slice(Math.max(0, start - 1), start)
      if (/[$€£₱₹#.,\d]/.test(before) || /^[\s]*(?:%|,\d|\.\d)/.test(text.slice(start + 4, start + 7))) continue
    }
    found.push({ start, end: start + value.length, ...resolve(value, published, () => direction(text, start, start + value.length)) })
  }
  return withWeekdays(text, found)
}

const weekdayAlone = new RegExp(String.raw`^(?:(?:this|next|last)\s+)?(${weekday})$`)

/**
 * “Friday, August 1”, “this Friday, August 8”, “Sunday 19 November”: a
 * weekday before a day of the month is one date, that day. When the day's
 * year was not written, it is the year, of the one found and the two either
 * side, in which the day falls on that weekday.
 */
function withWeekdays(text: string, found: DateMatch[]): DateMatch[] {
  const merged: DateMatch[] = []
  for (const date of found) {
    const previous = merged.at(-1)
    const weekday = previous && weekdayAlone.exec(text.slice(previous.start, previous.end))
    const day = /^(\d{4})(-\d{2}-\d{2})$/.exec(date.value ?? '')
    if (!previous || !weekday || !day || !/^,? $/.test(text.slice(previous.end, date.start))) {
      merged.push(date)
      continue
    }
    const wanted = weekdays.indexOf(weekday[1]!.toLowerCase())
    const written = /\d{4}/.test(text.slice(date.start, date.end))
    const year = Number(day[1])
    const fits = (candidate: number) => new Date(`${candidate}${day[2]}T00:00:00Z`).getUTCDay() === wanted
    const best = written || fits(year) ? year : [year - 1, year + 1].find(fits) ?? year
    merged[merged.length - 1] = { start: previous.start, end: date.end, value: `${best}${day[2]}` }
  }
  return merged
}

/**
 * Which way a date without its year points from the publication date, read
 * from its sentence: “will”, “next”, “set to premiere” look ahead; “since”,
 * “ago”, “was” look back; otherwise the nearest such date.
 */
type Direction = 'past' | 'future' | 'nearest'

const futureWords = /\b(?:will|shall|going to|set to|slated|scheduled|due|expected|upcoming|coming|next|until|premieres?|returns|arrives|launches|opens|begins|starts|airs|hits|drops)\b|['’]ll\b/i
const pastWords = /\b(?:since|ago|last|earlier|was|were|had|did|said|told|announced|reported|released|confirmed|premiered|aired|began|started|ended|closed|rose|fell|gained|lost|finished)\b/i

function direction(text: string, start: number, end: number): Direction {
  // At most 150 characters either side, cut at sentence and line ends, so a
  // long block costs no more per date than a short one.
  const from = Math.max(0, start - 150)
  const around = text.slice(from, end + 150)
  const at = start - from
  const opening = Math.max(around.lastIndexOf('. ', at), around.lastIndexOf('\n', at), 0)
  const closing = around.indexOf('. ', end - from)
  const sentence = around.slice(opening, closing === -1 ? around.length : closing)
  if (futureWords.test(sentence)) return 'future'
  if (pastWords.test(sentence)) return 'past'
  return 'nearest'
}

/** The year of a month (and day) given without one, seen from `published`. */
function yearOf(published: Date, monthIndex: number, dayOfMonth: number, toward: Direction): number {
  const base = published.getUTCFullYear()
  const candidates = [base - 1, base, base + 1].map((y) => ({ y, time: Date.UTC(y, monthIndex, dayOfMonth) - published.getTime() }))
  const allowed = candidates.filter(({ time }) => (toward === 'past' ? time <= 86_400_000 * 0.99 : toward === 'future' ? time >= -86_400_000 * 0.99 : true))
  return allowed.reduce((best, candidate) => (Math.abs(candidate.time) < Math.abs(best.time) ? candidate : best)).y
}

/** ISO week date (`2008-W35`) of a day. */
function isoWeek(date: Date): string {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7)))
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4))
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - 3 / 7 + ((firstThursday.getUTCDay() + 6) % 7) / 7)
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/** Month and day of the holidays that keep their date. */
const fixedHolidays: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  christmas: [12, 25],
  "new year's eve": [12, 31],
  'new year': [1, 1],
  halloween: [10, 31],
  valentine: [2, 14],
  'independence day': [7, 4],
  'boxing day': [12, 26],
}

/** ISO 8601-2 codes of the seasons of the year. */
const seasonCodes: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' }

const numberWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const quarterNumber: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 }

// Values precise enough for a reference to a day, a week, a month, a quarter.
const precision: Record<string, RegExp> = { day: /^\d{4}-\d\d-\d\d$/, week: /^\d{4}-(?:\d\d-\d\d|W\d\d)$/, month: /^\d{4}-\d\d/, quarter: /^\d{4}-(?:\d\d|Q\d)/ }

/**
 * The value of a vague reference: TimeML's `PRESENT_REF`, `PAST_REF` or
 * `FUTURE_REF`; for “the day”, “the same week”, “that time” the date last
 * named before it in the block that is at least as precise, else the day
 * of publication, at the reference's precision (“the same month a year
 * ago”: a year before).
 */
function referenceValue(text: string, before: DateMatch[], published: Date | undefined): { value?: string } {
  const lower = text.toLowerCase()
  const unit = /^(?:the\s+same|that|the)\s+(day|week|month|quarter|year|period|time)\b(?!\s+being)/.exec(lower)?.[1]
  if (!unit) return { value: referenceValues.find(([pattern]) => pattern.test(lower))![1] }
  const enough = precision[unit] ?? /^\d{4}/
  const named = before.findLast((date) => enough.test(date.value ?? ''))?.value ?? published?.toISOString().slice(0, 10)
  if (!named) return {}
  const yearBefore = /\byear\s+(?:earlier|ago|before)$|\b(?:last|previous|prior)\s+year$/.test(lower) && unit !== 'year'
  const value = yearBefore ? `${Number(named.slice(0, 4)) - 1}${named.slice(4)}` : named
  if (unit === 'week' && /-\d\d$/.test(value)) return { value: isoWeek(new Date(`${value}T00:00:00Z`)) }
  if (unit === 'month') return { value: value.slice(0, 7) }
  if (unit === 'quarter' && /^\d{4}-\d\d/.test(value)) return { value: `${value.slice(0, 4)}-Q${Math.ceil(Number(value.slice(5, 7)) / 3)}` }
  if (unit === 'year') return { value: value.slice(0, 4) }
  return { value }
}

/** Matches of the date expressions, earliest first, the longer where two overlap. */
function dateMatches(text: string, references: boolean): Array<RegExpExecArray & { reference?: boolean }> {
  const vague = references ? allMatches(referencePattern, text).map((match) => Object.assign(match, { reference: true })) : []
  const all = [...allMatches(calendarPattern, text), ...allMatches(namedMonthPattern, text), ...allMatches(relativePattern, text), ...allMatches(periodPattern, text), ...vague].sort((a, b) => a.index - b.index || b[0].length - a[0].length)
  const kept: Array<RegExpExecArray & { reference?: boolean }> = []
  for (const match of all) {
    const last = kept.at(-1)
    if (!last || match.index >= last.index + last[0].length) kept.push(match)
  }
  return kept
}

/** Resolve a date's text to its ISO value; `toward` reads the sentence's tense, only when a date needs it. */
function resolve(text: string, published: Date | undefined, toward: () => Direction): { value?: string } {
  // “the year previous” is “the previous year”.
  const lower = text.toLowerCase().replace(/^the (year|month|week) (?:previous|prior|before)$/, 'the previous $1')
  const pad = (n: number) => String(n).padStart(2, '0')
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text)
  if (numeric) {
    const y = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3])
    return { value: `${y}-${pad(Number(numeric[1]))}-${pad(Number(numeric[2]))}` }
  }
  if (/^\d{4}-\d\d-\d\d$/.test(text)) return { value: text }
  const quarterMatch = /\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]quarter\b|^q([1-4])\b/.exec(lower)
  const yearMatch = /\b(1[89]\d\d|20\d\d)(?!\d)/.exec(text)
  if (quarterMatch) {
    const stated = quarterMatch[2] ? Number(quarterMatch[2]) : quarterNumber[quarterMatch[1]!]
    let y = yearMatch ? Number(yearMatch[1]) : published?.getUTCFullYear()
    if (y === undefined) return {}
    if (!yearMatch && /\blast\s+year\b/.test(lower)) y--
    if (!yearMatch && /\bnext\s+year\b/.test(lower)) y++
    if (stated === undefined) {
      // “the last quarter”: the one before the quarter of publication.
      if (!published) return {}
      const current = Math.floor(published.getUTCMonth() / 3)
      return { value: current === 0 ? `${y - 1}-Q4` : `${y}-Q${current}` }
    }
    if (!yearMatch && published && !/\b(?:this|last|next)\s+year\b/.test(lower)) {
      const way = toward()
      y = yearOf(published, (stated - 1) * 3 + 1, 15, way === 'nearest' ? 'past' : way)
    }
    return { value: `${y}-Q${stated}` }
  }
  const holidayName = /christmas eve|christmas|new year['’]s eve|new year|halloween|valentine|independence day|boxing day|easter|thanksgiving|chuseok|diwali|eid|memorial day|labou?r day|mother|father|black friday|golden week/.exec(lower)?.[0]
  if (holidayName) {
    // Holidays on a fixed day have one; movable feasts give only their year.
    const fixed = fixedHolidays[holidayName.replace('’', "'")]
    const stated = yearMatch ? Number(yearMatch[1]) : undefined
    if (lower.includes('lunar')) return stated ? { value: String(stated) } : {}
    if (!fixed) return stated ? { value: String(stated) } : {}
    const y = stated ?? (published ? yearOf(published, fixed[0] - 1, fixed[1], toward()) : undefined)
    return y === undefined ? {} : { value: `${y}-${pad(fixed[0])}-${pad(fixed[1])}` }
  }
  const monthIndex = monthOf(lower)
  const dayMatch = dayOfMonth.exec(text.replace(/\b(1[89]\d\d|20\d\d)\b/, ''))
  if (yearMatch) {
    const y = yearMatch[1]!
    // A decade is its first three digits, as ISO 8601 reduced precision writes it (“199”).
    if (/\d{4}s/.test(text)) return { value: y.slice(0, 3) }
    if (monthIndex !== -1 && dayMatch) return { value: `${y}-${pad(monthIndex + 1)}-${pad(Number(dayMatch[1]))}` }
    if (monthIndex !== -1) return { value: `${y}-${pad(monthIndex + 1)}` }
    const seasonMatch = /\b(spring|summer|fall|autumn|winter)\b/.exec(lower)
    if (seasonMatch) return { value: `${y}-${seasonCodes[seasonMatch[1]!]}` }
    return { value: y }
  }
  if (!published) return {}
  const base = published.getUTCFullYear()
  const baseMonth = published.getUTCMonth()
  const dayAlone = /^the\s+(\d{1,2})/.exec(lower)
  if (dayAlone && monthIndex === -1) {
    // “on the 6th”: of the month of publication, or of the one before or after, by the sentence's tense.
    const day = Number(dayAlone[1])
    const way = toward()
    const months = way === 'future' && day < published.getUTCDate() ? 1 : way === 'past' && day > published.getUTCDate() ? -1 : 0
    const date = new Date(Date.UTC(base, baseMonth + months, 1))
    return { value: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(day)}` }
  }
  const shift = /\b(?:last|previous|prior)\b/.test(lower) ? -1 : /\bnext\b/.test(lower) ? 1 : 0
  // “December of last year”, “March of this year”.
  if (monthIndex !== -1 && /\b(?:last|next|this)\s+year\b/.test(lower)) return { value: `${base + shift}-${pad(monthIndex + 1)}` }
  if (/\b(?:last|next|this|previous|prior)\s+year\b/.test(lower)) return { value: String(base + shift) }
  if (/^(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)$/.test(lower)) {
    const days = lower.startsWith('yesterday') ? -1 : lower.startsWith('tomorrow') ? 1 : 0
    return { value: new Date(published.getTime() + days * 86_400_000).toISOString().slice(0, 10) }
  }
  if (/\b(?:last|next|this|previous|prior)\s+month\b/.test(lower)) {
    const date = new Date(Date.UTC(base, baseMonth + shift, 1))
    return { value: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}` }
  }
  if (/\b(?:last|next|this|previous|prior)\s+week(end)?\b/.test(lower)) {
    const week = isoWeek(new Date(published.getTime() + shift * 7 * 86_400_000))
    return { value: /weekend/.test(lower) ? `${week}-WE` : week }
  }
  if (/^(?:yesterday|today|tomorrow|tonight)$/.test(lower)) {
    const days = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0
    return { value: new Date(published.getTime() + days * 86_400_000).toISOString().slice(0, 10) }
  }
  const ago = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?\s+ago$/.exec(lower)
  if (ago) {
    const count = Number(ago[1]) || numberWords.indexOf(ago[1]!) + 1 || 1
    const unit = ago[2]!
    if (unit === 'year') return { value: String(base - count) }
    if (unit === 'month') {
      const date = new Date(Date.UTC(base, baseMonth - count, 1))
      return { value: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}` }
    }
    const date = new Date(published.getTime() - count * (unit === 'week' ? 7 : 1) * 86_400_000)
    return { value: unit === 'week' ? isoWeek(date) : date.toISOString().slice(0, 10) }
  }
  if (/\bweekend$/.test(lower)) {
    // “this past weekend” read on a weekday is the one before it.
    const weekend = published.getUTCDay() === 0 || published.getUTCDay() === 6
    const back = /\bpast\b/.test(lower) && !weekend
    return { value: `${isoWeek(new Date(published.getTime() - (back ? 7 : 0) * 86_400_000))}-WE` }
  }
  const decade = /([0-9])0s$/.exec(lower)
  if (decade && !/\d{4}s$/.test(lower)) return { value: `${Number(decade[1]) >= 3 ? '19' : '20'}${decade[1]}` }
  if (/\b(?:year|fiscal year)$/.test(lower)) return { value: String(base + shift) }
  if (/\bend of the month$|\b(?:start|beginning|middle) of the month$/.test(lower)) return { value: `${base}-${pad(baseMonth + 1)}` }
  const seasonOnly = /\b(spring|summer|fall|autumn|winter)$/.exec(lower)
  if (seasonOnly) return { value: `${base + shift}-${seasonCodes[seasonOnly[1]!]}` }
  const weekday = weekdays.findIndex((name) => lower.includes(name))
  // “Wednesdays” recur: a set, not a date with a value.
  if (weekday !== -1 && /days\b|s$/.test(lower)) return {}
  if (weekday !== -1) {
    // “last Friday”, “next Friday”, or the sentence's tense; a bare weekday in news is most often the past one.
    const tense = shift === 0 ? toward() : 'nearest'
    const way = shift < 0 ? 'past' : shift > 0 ? 'future' : tense === 'nearest' ? 'past' : tense
    let days = weekday - published.getUTCDay()
    if (way === 'past' && days > 0) days -= 7
    if (way === 'future' && days < 0) days += 7
    if (shift !== 0 && days === 0) days = 7 * shift
    return { value: new Date(published.getTime() + days * 86_400_000).toISOString().slice(0, 10) }
  }
  if (monthIndex !== -1) {
    const way = shift < 0 ? 'past' : shift > 0 ? 'future' : toward()
    const day = dayMatch ? Number(dayMatch[1]) : 15
    let y = yearOf(published, monthIndex, day, way)
    // “last June” in June means a year ago; “next June” in June, a year ahead.
    if (shift !== 0 && monthIndex === baseMonth) y = base + shift
    return { value: dayMatch ? `${y}-${pad(monthIndex + 1)}-${pad(day)}` : `${y}-${pad(monthIndex + 1)}` }
  }
  return {}
}

function monthOf(lower: string): number {
  return monthPatterns.findIndex((monthPattern) => monthPattern.test(lower))
}

/** @internal The date rules' dynamically built regular expressions, for the ReDoS test. */
export const dateRegexes: readonly RegExp[] = [calendarPattern, namedMonthPattern, relativePattern, periodPattern, referencePattern, monthWord, weekdayWord, weekdayAlone, ...monthPatterns]
