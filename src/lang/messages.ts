/**
 * Messages by locale: the catalogs (one folder per language:
 * src/lang/<code>/messages.ts), the locale to use, and `t(key, params,
 * locale)`. A second language of messages is a second folder and one line in
 * `catalogs`.
 *
 * The locale: the one asked for (`--locale`, the config's `locale`, the
 * library's `{locale}`), else the environment (`KUTIP_LOCALE`, kutip's own,
 * then `LC_ALL`, `LC_MESSAGES` and `LANG`, as POSIX orders them:
 * `id_ID.UTF-8` → `id`), else English. The CLI sets `KUTIP_LOCALE` to the
 * locale it chose (src/cli/io/locale.ts), so that everything it runs (rules,
 * configuration errors, worker threads) speaks the same language.
 */
import type {Catalog, MessageKey} from './catalog.ts'
import {messages as english} from './en/messages.ts'
import {messages as indonesian} from './id/messages.ts'

export type {Catalog, MessageKey} from './catalog.ts'

export const catalogs = {en: english, id: indonesian} as const satisfies Record<string, Catalog>

export type Locale = keyof typeof catalogs

export const locales: readonly Locale[] = Object.keys(catalogs) as Locale[]

export const defaultLocale: Locale = 'en'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(catalogs, value)
}

/** The locale a POSIX locale name stands for (`id_ID.UTF-8`, `id-ID`, `in_ID` → `id`), or undefined. */
export function localeOfName(name: string | undefined): Locale | undefined {
  if (name === undefined || name === '' || name === 'C' || name === 'POSIX') return undefined
  // linear: one anchored match over a short environment value
  const code = /^([a-z]{2,3})(?:[_.@-]|$)/iu.exec(name)?.[1]?.toLowerCase()
  if (code === undefined) return undefined
  // `in` is the old ISO 639 code of Indonesian (still set by some systems).
  if (code === 'in') return 'id'
  return isLocale(code) ? code : undefined
}

/** The environment's locale (KUTIP_LOCALE, LC_ALL, LC_MESSAGES, LANG: the first one set decides), or undefined. */
export function environmentLocale(env: Record<string, string | undefined> | undefined = globalThis.process?.env): Locale | undefined {
  if (env === undefined) return undefined
  for (const variable of ['KUTIP_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[variable]
    if (value !== undefined && value !== '') return localeOfName(value)
  }
  return undefined
}

/**
 * The locale to use: `asked` when it is one kutip has (a locale name such as
 * `id_ID` counts), else the environment's, else English.
 */
export function resolveLocale(asked?: string, env?: Record<string, string | undefined>): Locale {
  if (asked !== undefined) {
    const locale = isLocale(asked) ? asked : localeOfName(asked)
    if (locale !== undefined) return locale
  }
  return environmentLocale(env ?? globalThis.process?.env) ?? defaultLocale
}

/** Fill `{name}` parameters of a template; unknown parameters stay as written. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  // linear: each `{…}` is matched once, no nested quantifiers
  return template.replace(/\{([a-z][a-zA-Z]*)\}/gu, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole))
}

/** The message `key` in `locale` (default: the resolved locale), with its parameters filled. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}, locale: Locale = resolveLocale()): string {
  return format((catalogs[locale] ?? english)[key], params)
}

/** Whether `key` is a key of the catalogs (a key built from data: a command's or a verdict's name). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key)
}

/** `key.one` for a count of 1 where the catalogs have it, else `key`, with `{count}` filled. */
export function tCount(key: MessageKey, count: number, params: Readonly<Record<string, string | number>> = {}, locale: Locale = resolveLocale()): string {
  const one = `${key}.one`
  return t(count === 1 && isMessageKey(one) ? one : key, {...params, count}, locale)
}

/** A `t` bound to one locale. */
export function translator(locale: Locale): (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params) => t(key, params, locale)
}
