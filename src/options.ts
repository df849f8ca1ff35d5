import { CopydeskError } from './errors.js'

/** Input formats copydesk reads. */
export type Format = 'auto' | 'text' | 'markdown' | 'html'

export const formats: readonly Format[] = ['auto', 'text', 'markdown', 'html']

/** Names a caller knows, by entity type; they are found wherever they occur. */
export interface Gazetteer {
  show?: string[]
  person?: string[]
  org?: string[]
  place?: string[]
}

/** Options of {@link parse} and {@link analyze}. Every field is optional. */
export interface Options {
  /** Input format; `'auto'` picks one by {@link detectFormat}. Default `'auto'`. */
  format?: Format
  /** Date of publication, the reference for "last year" or "next month". Default: none. */
  published?: string | Date
  /** Extract entities. Default `true`. */
  entities?: boolean
  /** Names the caller knows, found in addition to the built-in ones. Default: none. */
  gazetteer?: Gazetteer
  /**
   * Also find TimeML's vague time references as dates: “now”, “currently”
   * (value `PRESENT_REF`), “recently”, “the past” (`PAST_REF`), “soon”,
   * “the future” (`FUTURE_REF`), and “the day” or “the same day” of a
   * report (the day last named in the block, else `published`). The
   * annotation guidelines do not count these as dates, so the default is
   * `false`; TimeML corpora such as MEANTIME do.
   */
  timeReferences?: boolean
  /** Longest input accepted, in UTF-16 code units; longer is an `ERR_INPUT_TOO_LONG`. Default 50,000,000. */
  maxLength?: number
}

/** Options after defaults and validation. */
export interface Settings {
  format: Format
  published: Date | undefined
  entities: boolean
  gazetteer: Gazetteer
  timeReferences: boolean
  maxLength: number
}

const optionKeys = ['format', 'published', 'entities', 'gazetteer', 'timeReferences', 'maxLength'] as const
const gazetteerKeys = ['show', 'person', 'org', 'place'] as const

/**
 * Check `options` once, at the entry point, and fill in the defaults.
 * Unknown keys and bad values are a {@link CopydeskError} naming them.
 */
export function normalizeOptions(options: Options | undefined): Settings {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object') {
    throw new CopydeskError('ERR_INVALID_OPTION', `Expected \`options\` to be an object, got ${describe(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!(optionKeys as readonly string[]).includes(key)) {
      throw new CopydeskError('ERR_UNKNOWN_OPTION', `Unknown option \`${key}\`, expected one of: ${optionKeys.join(', ')}`)
    }
  }
  const format = options.format ?? 'auto'
  if (!formats.includes(format)) {
    throw new CopydeskError('ERR_INVALID_OPTION', `Unexpected \`format\` ${describe(format)}, expected one of: ${formats.join(', ')}`)
  }
  const entities = checkBoolean('entities', options.entities ?? true)
  const timeReferences = checkBoolean('timeReferences', options.timeReferences ?? false)
  const maxLength = options.maxLength ?? 50_000_000
  if (typeof maxLength !== 'number' || !(maxLength >= 0)) {
    throw new CopydeskError('ERR_INVALID_OPTION', `Expected \`maxLength\` to be a number ≥ 0, got ${describe(maxLength)}`)
  }
  return {
    format,
    published: parsePublished(options.published),
    entities,
    gazetteer: checkGazetteer(options.gazetteer),
    timeReferences,
    maxLength,
  }
}

/** Check the `input` argument; returns it when it is a string. */
export function checkInput(input: unknown, settings: Settings): string {
  if (typeof input !== 'string') {
    throw new CopydeskError('ERR_INVALID_INPUT', `Expected \`input\` to be a string, got ${describe(input)}`)
  }
  if (input.length > settings.maxLength) {
    throw new CopydeskError('ERR_INPUT_TOO_LONG', `Expected \`input\` of at most ${settings.maxLength} characters (option \`maxLength\`), got ${input.length}`)
  }
  return input
}

function checkBoolean(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new CopydeskError('ERR_INVALID_OPTION', `Expected \`${name}\` to be a boolean, got ${describe(value)}`)
  }
  return value
}

function parsePublished(value: unknown): Date | undefined {
  if (value === undefined || value === null) return undefined
  const date = value instanceof Date ? value : typeof value === 'string' ? parseDateString(value) : undefined
  if (!date || Number.isNaN(date.getTime())) {
    throw new CopydeskError('ERR_INVALID_OPTION', `Expected \`published\` to be a date (a Date or a string such as 2024-05-01), got ${describe(value)}`)
  }
  return date
}

function parseDateString(value: string): Date | undefined {
  // Plain ISO dates are calendar days, not UTC midnights shifted by a zone.
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    return date.getUTCDate() === Number(match[3]) ? date : undefined
  }
  if (!/\d{4}/.test(value)) return undefined
  return new Date(value)
}

function checkGazetteer(value: unknown): Gazetteer {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object') {
    throw new CopydeskError('ERR_INVALID_OPTION', `Expected \`gazetteer\` to be an object, got ${describe(value)}`)
  }
  const result: Gazetteer = {}
  for (const [key, list] of Object.entries(value)) {
    if (!(gazetteerKeys as readonly string[]).includes(key)) {
      throw new CopydeskError('ERR_UNKNOWN_OPTION', `Unknown option \`gazetteer.${key}\`, expected one of: ${gazetteerKeys.join(', ')}`)
    }
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      throw new CopydeskError('ERR_INVALID_OPTION', `Expected \`gazetteer.${key}\` to be an array of strings, got ${describe(list)}`)
    }
    result[key as keyof Gazetteer] = list.filter((item) => item.trim())
  }
  return result
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Date) return 'an invalid Date'
  if (typeof value === 'string') return `\`${JSON.stringify(value).slice(1, -1).slice(0, 40)}\``
  if (typeof value === 'object') return 'an object'
  return `${typeof value} \`${String(value)}\``
}
