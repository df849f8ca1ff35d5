/**
 * Stable codes for every error copydesk throws on bad input.
 */
export type CopydeskErrorCode =
  | 'ERR_INVALID_INPUT'
  | 'ERR_UNKNOWN_OPTION'
  | 'ERR_INVALID_OPTION'
  | 'ERR_INPUT_TOO_LONG'

/**
 * The one error class copydesk throws for bad input; `code` is stable.
 *
 * @example
 * try { analyze(42 as any) } catch (e) {
 *   if (e instanceof CopydeskError && e.code === 'ERR_INVALID_INPUT') …
 * }
 */
export class CopydeskError extends TypeError {
  readonly code: CopydeskErrorCode

  constructor(code: CopydeskErrorCode, message: string) {
    super(message)
    this.name = 'CopydeskError'
    this.code = code
  }
}
