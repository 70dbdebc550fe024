/** The verification lint rules, for the lint preset to register (all off until `{sources}` is given). */
import misattributed from './misattributed.ts'
import misquote from './misquote.ts'
import unsupportedQuote from './unsupported-quote.ts'

export {misattributed, misquote, unsupportedQuote}
export const verificationRules = [misquote, misattributed, unsupportedQuote]
