/**
 * Configuration files: `.kutiprc` (JSON or YAML), `.kutiprc.json`,
 * `.kutiprc.yml`/`.yaml`, `.kutiprc.js`/`.cjs`/`.mjs`, or a `kutip` field in
 * package.json, found by unified-engine from each file's folder upwards:
 *
 * ```json
 * {"locale": "id", "rules": {"quote-style": ["error", {"preferred": "smart"}], "non-neutral-cue": "off"}}
 * ```
 */
import {validateLocale, validateRules} from './preset.ts'

export interface KutipConfig {
  rules?: Record<string, unknown>
  /** Language of the messages (`id` or `en`). */
  locale?: string
}

const knownKeys = new Set(['rules', 'locale', '$schema'])

/** Check a raw configuration; throws an Error naming the problem. */
export function parseConfig(raw: unknown): KutipConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('expected an object like {"rules": {…}}')
  for (const key of Object.keys(raw)) {
    if (!knownKeys.has(key)) throw new Error(`unknown option \`${key}\` (known: rules, locale)`)
  }
  const rules = (raw as KutipConfig).rules ?? {}
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw new Error('`rules` must be an object of rule settings')
  validateRules(rules)
  const locale = (raw as KutipConfig).locale
  validateLocale(locale)
  return locale === undefined ? {rules} : {rules, locale}
}
