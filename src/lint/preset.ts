/**
 * The kutip lint preset: every rule with its severity and options, as one
 * retext plugin.
 *
 * ```js
 * retext().use(retextLatin).use(kutipLint, {rules: {'quote-style': ['error', {preferred: 'smart'}], 'non-neutral-cue': 'off'}})
 * ```
 *
 * A rule's setting: `'off' | 'info' | 'warn' | 'error'` (or 0/1/2), options,
 * or `[severity, options]`. Rules not named keep their default severity.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {parseSetting, type LintRule} from './rule.ts'
import {ruleIds, rules} from './rules/index.ts'
import {kutipState, type Extractor} from './state.ts'
import type {SourceIndex} from '../verify/source-index.ts'
import type {SourceInput} from '../verify/source-document.ts'
import {verificationRuleIds, withSources} from './rules/verify/with-sources.ts'
import {isLocale, localeOfName, locales, resolveLocale, t} from '../lang/messages.ts'

declare module 'vfile' {
  interface DataMap {
    /** The options the preset linted the file with (`fixFile` lints the fixed text with them again). */
    kutipLintOptions: LintOptions
  }
}

export interface LintOptions {
  /** Settings per rule id. */
  rules?: Record<string, unknown>
  /** Graph source (default: the engine's `extract`). */
  extract?: Extractor
  /** Sources to verify quotes against (transcripts, releases, wire copy): turns on misquote, misattributed, unsupported-quote. */
  sources?: SourceIndex | readonly SourceInput[]
  /** Rules from plugin packages (`plugins` in a configuration; src/lint/plugins.ts), run after kutip's own. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  plugins?: ReadonlyArray<LintRule<any>>
  /** Language of the messages: `'id'` or `'en'` (also a locale name such as `id_ID`); default: LC_ALL, LC_MESSAGES, LANG, else English. */
  locale?: string
}

/** Check a `locale` setting; throws an Error naming the known locales. */
export function validateLocale(locale: unknown): void {
  if (locale === undefined) return
  if (isLocale(locale) || (typeof locale === 'string' && localeOfName(locale) !== undefined)) return
  throw new Error(t('config.unknown-locale', {locale: String(locale), known: locales.join(', ')}))
}

/** Check a rules configuration (rule ids, severities, options against each rule's schema); throws an Error naming the first problem. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function validateRules(settings: Record<string, unknown>, plugins: ReadonlyArray<LintRule<any>> = []): void {
  const all = [...rules, ...plugins]
  for (const [id, setting] of Object.entries(settings)) {
    const rule = all.find((candidate) => candidate.meta.id === id)
    if (!rule) throw new Error(t('config.unknown-rule', {id, known: all.map((known) => known.meta.id).join(', ')}))
    parseSetting(id, setting, 'warn', rule.meta.schema)
  }
}

export function kutipLint(options: LintOptions = {}) {
  const settings = options.rules ?? {}
  const plugins = options.plugins ?? []
  validateRules(settings, plugins)
  validateLocale(options.locale)
  const state = kutipState({extract: options.extract})
  const transforms = [...rules, ...plugins]
    .map((rule) => {
      const setting = verificationRuleIds.has(rule.meta.id) ? withSources(settings[rule.meta.id], options.sources) : settings[rule.meta.id]
      return rule(setting as never)
    })
    .filter((transform): transform is (tree: NlcstRoot, file: VFile) => undefined => transform !== undefined)
  return function (tree: NlcstRoot, file: VFile): undefined {
    file.data.kutipLintOptions = options
    file.data.kutipLocale = resolveLocale(options.locale)
    state(tree, file)
    for (const transform of transforms) transform(tree, file)
  }
}
