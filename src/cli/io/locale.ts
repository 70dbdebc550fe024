/**
 * The language of everything the CLI says to people: usage errors, problem
 * lines, the terminal summaries, and (through `KUTIP_LOCALE`) the rules'
 * messages, configuration errors and worker threads of the run.
 *
 *   chooseLocale(argv)                       // once, in main.ts, before anything is said
 *   usageError('extract', say('cli.unknown-option', {option: '--jobz'}))
 *
 * Chosen, first that applies: `--locale id|en` (anywhere among the
 * arguments, for every command), the `locale` of the configuration found for
 * the current folder (`--rc-path FILE`, else `.kutiprc*` or package.json
 * "kutip" from the current folder up; none with `--no-config`), then the
 * environment (`KUTIP_LOCALE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 * Only human text changes: JSON field names, rule ids, exit codes and the
 * reporters' machine formats stay the same whatever the locale.
 */
import {readConfig} from '../../lint/config-files.ts'
import {localeOfName, locales, resolveLocale, t, tCount, type Locale, type MessageKey} from '../../lang/messages.ts'

/** What `--locale` asked for (the last one), as written; undefined when not given. */
export function localeArgument(argv: readonly string[]): string | undefined {
  let asked: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    if (argument === '--') break
    if (argument === '--locale') asked = argv[++index] ?? ''
    else if (argument.startsWith('--locale=')) asked = argument.slice('--locale='.length)
  }
  return asked
}

/** The `locale` of the configuration that applies to the current folder, when it names one kutip has. */
async function configLocale(argv: readonly string[]): Promise<Locale | undefined> {
  if (argv.includes('--no-config')) return undefined
  const at = argv.indexOf('--rc-path')
  const rcPath = at === -1 ? argv.find((argument) => argument.startsWith('--rc-path='))?.slice('--rc-path='.length) : argv[at + 1]
  try {
    const config = await readConfig(process.cwd(), rcPath)
    const locale = (config?.raw as {locale?: unknown} | null | undefined)?.locale
    return typeof locale === 'string' ? localeOfName(locale) : undefined
  } catch {
    return undefined // a broken configuration is reported by the command that reads it (lint), in the locale chosen without it
  }
}

/**
 * Chooses the locale of the run and sets `KUTIP_LOCALE` to it (the library and worker threads read it).
 * Returns the problem line when `--locale` names no locale kutip has (said in the locale chosen without it).
 */
export async function chooseLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const asked = localeArgument(argv)
  const fromArgument = asked === undefined ? undefined : localeOfName(asked)
  const locale = fromArgument ?? (await configLocale(argv)) ?? resolveLocale(undefined, env)
  env['KUTIP_LOCALE'] = locale
  // `--locale` with no value is the option parser's to report (`--locale expects a value`).
  if (asked !== undefined && asked !== '' && fromArgument === undefined) return say('cli.unknown-locale', {locale: asked, known: locales.join(', ')})
  return undefined
}

/** The locale of the run (after `chooseLocale`; before it, the environment's). */
export function cliLocale(): Locale {
  return resolveLocale()
}

/** A message of the catalogs in the run's locale, parameters filled. */
export function say(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return t(key, params, cliLocale())
}

/** `key` or `key.one` by `count` (English has two forms; a catalog may give both the same text). */
export function sayCount(key: MessageKey, count: number, params: Readonly<Record<string, string | number>> = {}): string {
  return tCount(key, count, params, cliLocale())
}
