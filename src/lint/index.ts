/**
 * The lint API, the package entry `kutip/lint` (docs/lint.md, API): the
 * preset as a unified plugin (also the default export, for `.use()` and
 * configuration files), the one-call `lint()`, the processors per format, the
 * rule maker, the fixer (one round, or to a fixed point), and the reporters. Without the reports and without
 * unified-engine (the CLI's file walker), so it starts faster than `kutip`.
 *
 * ```js
 * import kutipLint from 'kutip/lint'
 * retext().use(retextLatin).use(kutipLint, {rules: {'quote-style': 'off'}})
 * ```
 */
export {kutipLint as default, kutipLint, validateRules, type LintOptions} from './preset.ts'
export {lint, linter, loadFormat, formatOf, lintExtensions, type Format, type LintFileOptions} from './core.ts'
export {lintRule, ruleUrl, type Report, type RuleMeta, type RuleSetting, type Severity} from './rule.ts'
export {applyFixes} from './fix.ts'
export {fixFile, fixText, fixToFixedPoint, type FixResult} from './fix-point.ts'
export {reporters, stylishReporter, githubReporter, jsonReporter, sarifReporter, type Reporter} from './reporters/index.ts'
export type {ReporterOptions} from './reporters/message-fields.ts'
