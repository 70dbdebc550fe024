/**
 * The report's words in the report's locale (src/lang/<locale>/messages.ts):
 * quote kinds, verdicts, entity types, credit roles and the default title,
 * for the formats people read (HTML, Markdown, DOT). A value the catalogs do
 * not know (a verdict or credit role from a newer or hand-made graph) is
 * shown as written. JSON and JSON-LD keep the graph's English values.
 */
import type {QuoteKind} from '../contract/graph.ts'
import {isMessageKey, resolveLocale, tCount, translator, type Locale, type MessageKey} from '../lang/messages.ts'
import type {CorpusReport} from './model.ts'

/** A catalog lookup bound to the report's locale. */
export type Say = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string

/** The title a report gets when none is given and it has several articles (or none). */
export const defaultTitle = 'kutip report'

export interface ReportWords {
  locale: Locale
  say: Say
  /** `direct`, `mixed`, `indirect` in the locale. */
  kind(kind: QuoteKind): string
  /** A verdict's name (`verify.verdict.*`), or the value as written. */
  verdict(verdict: string): string
  /** An entity type (`report.type.*`), or the value as written. */
  type(type: string): string
  /** A credit role, capitalised (`report.credit.*`), or the role as written with a capital. */
  credit(role: string): string
  /** The report's title; the default one in the locale. */
  title(report: CorpusReport): string
  /** `key.one` for a count of 1 when the catalog has it, else `key`, with `{count}` filled. */
  count(key: MessageKey, count: number, params?: Readonly<Record<string, string | number>>): string
}

/** The words of a report in `locale` (a locale name, or undefined for the environment's). */
export function reportWords(locale?: string): ReportWords {
  const resolved = resolveLocale(locale)
  const say = translator(resolved)
  const lookup = (prefix: string, value: string, otherwise: string): string => {
    const key = prefix + value
    return isMessageKey(key) ? say(key) : otherwise
  }
  return {
    locale: resolved,
    say,
    kind: (kind) => say(`report.kind.${kind}`),
    verdict: (verdict) => lookup('verify.verdict.', verdict, verdict),
    type: (type) => lookup('report.type.', type, type),
    credit: (role) => lookup('report.credit.', role, role.charAt(0).toUpperCase() + role.slice(1)),
    title: (report) => (report.title === defaultTitle ? say('report.title') : report.title),
    count: (key, count, params = {}) => tCount(key, count, params, resolved)
  }
}

/** A share as the reports write it: `12.5%`. */
export function percent(share: number): string {
  return (share * 100).toFixed(1) + '%'
}
