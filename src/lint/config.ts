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
import {t} from '../lang/messages.ts'

export interface KutipConfig {
  rules?: Record<string, unknown>
  /** Rule packages by name, resolved from the configuration file's folder (src/lint/plugins.ts). */
  plugins?: string[]
  /** Language of the messages (`id` or `en`). */
  locale?: string
}

const knownKeys = new Set(['rules', 'plugins', 'locale', '$schema'])

/** Check a raw configuration; throws an Error naming the problem. */
export function parseConfig(raw: unknown): KutipConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(t('config.not-object'))
  for (const key of Object.keys(raw)) {
    if (!knownKeys.has(key)) throw new Error(t('config.unknown-key', {key}))
  }
  const rules = (raw as KutipConfig).rules ?? {}
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw new Error(t('config.rules-object'))
  const plugins = (raw as KutipConfig).plugins ?? []
  if (!Array.isArray(plugins) || !plugins.every((name) => typeof name === 'string' && name !== '')) throw new Error(t('config.plugins-array'))
  // With plugins, their rules' settings are checked once the packages are loaded (kutipLint).
  if (plugins.length === 0) validateRules(rules)
  const locale = (raw as KutipConfig).locale
  validateLocale(locale)
  return {rules, ...(plugins.length > 0 ? {plugins} : {}), ...(locale === undefined ? {} : {locale})}
}
