/**
 * `lintRule(meta, check)`: make a retext plugin out of a check, the way
 * unified-lint-rule does for remark-lint.
 *
 * The plugin takes a setting: a severity (`'off'`, `'info'`, `'warn'`,
 * `'error'`, or 0/1/2), options, or `[severity, options]`. Every message it
 * reports carries `ruleId`, `source: 'kutip'`, `url` (the rule's page in
 * docs/rules/), `actual`, `expected` when the fix is certain, and `fatal`
 * from the severity (error → true, warn → false, info → undefined).
 * Only `reason` depends on the locale (`context.t(key, params)`: the catalogs
 * of src/lang/<locale>/messages.ts).
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {validateOptions, type OptionsSchema} from './rule-options.ts'
import {repositoryUrl} from '../version.ts'
import {lintState, type LintState} from './state.ts'
import {resolveLocale, t as translate, type Locale, type MessageKey} from '../lang/messages.ts'

declare module 'vfile' {
  interface DataMap {
    /** The locale of the messages (set by the preset from its `locale` option; else the environment's). */
    kutipLocale: Locale
  }
}

export type Severity = 'off' | 'info' | 'warn' | 'error'

export type RuleSetting<Options> = Severity | 0 | 1 | 2 | boolean | Options | [Severity | 0 | 1 | 2 | boolean, Options?]

export interface RuleMeta {
  /** The `ruleId`, also the file name of the rule and of its doc page. */
  id: string
  /** One line: what the rule checks (used in SARIF rule metadata and `--help`). */
  description: string
  /** Severity when the configuration does not say. */
  severity: Severity
  /** Where the rule is documented (a plugin's own page); kutip's rules link to docs/rules/<id>.md. */
  url?: string
  /** Whether some of its messages carry a certain fix (`expected`) that `--fix` applies. */
  fixable: boolean
  /**
   * Its findings are about what the text says (who speaks, how people are named and described, credits,
   * the words quoted), which `--fix` never changes: the certain fixes edit quote marks, punctuation and a
   * cue's case only. A finding of such a rule that shows up after a fix was there to be seen (the fix let
   * kutip read a quote the way a reader does), so it does not hold the fix back (src/lint/fix-point.ts)
   * unless it points into text the fix wrote. Rules on the marks themselves leave it out.
   */
  advisory?: boolean
  /**
   * JSON schema of its options object (`optionsSchema({…})`): options that do not
   * match it are an error naming the rule and the option. Every rule of kutip has one;
   * a rule without one takes its options unchecked.
   */
  schema?: OptionsSchema
}

/** Where the rule pages live; a stable https URL so SARIF viewers and editors can link to them. */
export const docsBase = repositoryUrl + '/blob/main/docs/rules/'

export function ruleUrl(id: string): string {
  return docsBase + id + '.md'
}

export interface Report {
  /** View offsets `[start, end)` of the offending text. */
  start: number
  end: number
  /** The offending text (default: the text of the span). */
  actual?: string
  /** The replacement, only when the fix is certain. */
  expected?: string
  /** A file position to use instead of mapping `start`/`end` (for checks that work on nlcst nodes). */
  place?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  /** A longer explanation (shown by the stylish reporter with `--verbose`, and in SARIF). */
  note?: string
}

export interface RuleContext {
  file: VFile
  state: LintState
  /** The locale of this file's messages. */
  locale: Locale
  /** A message of the catalog in that locale (src/lang/<locale>/messages.ts), parameters filled. */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string
  report(reason: string, at: Report): void
}

export type Check<Options> = (context: RuleContext, options: Options) => void

const numeric: Record<number, Severity> = {0: 'off', 1: 'warn', 2: 'error'}

function severityOf(value: unknown): Severity | undefined {
  if (value === true) return undefined
  if (value === false) return 'off'
  if (typeof value === 'number') return numeric[value]
  if (value === 'off' || value === 'info' || value === 'warn' || value === 'error') return value
  return undefined
}

function isSeverityLike(value: unknown): boolean {
  return typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string'
}

/**
 * Split a rule setting into severity and options; throws on a setting that
 * makes no sense, or (given the rule's `schema`) on options that do not match it.
 */
export function parseSetting<Options>(id: string, setting: unknown, fallback: Severity, schema?: OptionsSchema): {severity: Severity; options: Partial<Options>} {
  const parsed = splitSetting<Options>(id, setting, fallback)
  validateOptions(id, schema, parsed.options)
  return parsed
}

function splitSetting<Options>(id: string, setting: unknown, fallback: Severity): {severity: Severity; options: Partial<Options>} {
  if (setting === undefined || setting === null) return {severity: fallback, options: {}}
  if (Array.isArray(setting)) {
    const [first, second] = setting as unknown[]
    if (!isSeverityLike(first)) throw new Error(translate('config.invalid-setting-pair', {id}))
    const severity = severityOf(first)
    if (severity === undefined && first !== true) throw new Error(translate('config.invalid-severity', {id, value: String(first)}))
    return {severity: severity ?? fallback, options: (second ?? {}) as Partial<Options>}
  }
  if (isSeverityLike(setting)) {
    const severity = severityOf(setting)
    if (severity === undefined && setting !== true) throw new Error(translate('config.invalid-severity', {id, value: String(setting)}))
    return {severity: severity ?? fallback, options: {}}
  }
  if (typeof setting === 'object') return {severity: fallback, options: setting as Partial<Options>}
  throw new Error(translate('config.invalid-setting', {id}))
}

export interface LintRule<Options> {
  (setting?: RuleSetting<Partial<Options>>): ((tree: NlcstRoot, file: VFile) => undefined) | undefined
  meta: RuleMeta
  defaults: Options
}

export function lintRule<Options extends object>(meta: RuleMeta, defaults: Options, check: Check<Options>): LintRule<Options> {
  const plugin = function (setting?: RuleSetting<Partial<Options>>) {
    const {severity, options} = parseSetting<Options>(meta.id, setting, meta.severity, meta.schema)
    if (severity === 'off') return undefined
    const settings = {...defaults, ...options} as Options
    return function (tree: NlcstRoot, file: VFile): undefined {
      const state = lintState(tree, file)
      const locale = file.data.kutipLocale ?? resolveLocale()
      const context: RuleContext = {
        file,
        state,
        locale,
        t: (key, params) => translate(key, params, locale),
        report(reason, at) {
          const place = at.place ?? {start: state.view.point(at.start), end: state.view.endPoint(Math.max(at.end, at.start))}
          const message = file.message(reason, {place, ruleId: meta.id, source: 'kutip'})
          message.url = meta.url ?? ruleUrl(meta.id)
          message.actual = at.actual ?? state.view.text.slice(at.start, at.end)
          if (at.expected !== undefined) message.expected = [at.expected]
          if (at.note !== undefined) message.note = at.note
          message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
        }
      }
      check(context, settings)
    }
  } as LintRule<Options>
  plugin.meta = meta
  plugin.defaults = defaults
  return plugin
}
