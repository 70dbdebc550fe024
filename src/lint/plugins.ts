/**
 * Rule packages named in a configuration, loaded the way unified presets are:
 * by package name, resolved from the configuration file's folder.
 *
 * ```json
 * {"plugins": ["kutip-rules-redaksi"], "rules": {"redaksi/no-beliau": "error"}}
 * ```
 *
 * A plugin package's default export (or its module namespace) has `rules`: an
 * array of rules, each either made with `lintRule(meta, defaults, check)` from
 * `kutip/lint` or written as the plain definition `{meta, defaults, check}` (a
 * package that needs no import of kutip, so it works with any installed copy),
 * each with its own `meta.id` (prefix it with the package's name). They run
 * after kutip's own rules and are configured in `rules` like them.
 */
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {lintRule, type Check, type LintRule, type RuleMeta} from './rule.ts'
import {t} from '../lang/messages.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = LintRule<any>

const loaded = new Map<string, Promise<AnyRule[]>>()

/** The rules of every package in `names`, resolved from `configFile`'s folder; throws an Error naming the package. */
export async function loadPlugins(names: readonly string[], configFile: string): Promise<AnyRule[]> {
  const all: AnyRule[] = []
  for (const name of names) {
    const key = configFile + '\0' + name
    let rules = loaded.get(key)
    if (!rules) {
      rules = loadPlugin(name, configFile)
      loaded.set(key, rules)
    }
    all.push(...(await rules))
  }
  return all
}

async function loadPlugin(name: string, configFile: string): Promise<AnyRule[]> {
  let module: {default?: unknown; rules?: unknown}
  try {
    const resolved = createRequire(configFile).resolve(name)
    module = (await import(pathToFileURL(resolved).href)) as typeof module
  } catch (error) {
    throw new Error(t('plugin.cannot-load', {name, reason: String((error as Error).message).split('\n')[0]!}))
  }
  const exported = (module.default !== null && typeof module.default === 'object' && 'rules' in module.default ? module.default : module) as {rules?: unknown}
  const rules = Array.isArray(exported.rules) ? exported.rules.map(asRule) : []
  if (rules.length === 0 || !rules.every((rule): rule is AnyRule => rule !== undefined)) {
    throw new Error(t('plugin.no-rules', {name}))
  }
  return rules
}

interface RuleDefinition {
  meta: RuleMeta
  defaults?: object
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  check: Check<any>
}

/** A rule made with lintRule, or a plain definition made into one; undefined for anything else. */
function asRule(value: unknown): AnyRule | undefined {
  const meta = (value as {meta?: {id?: unknown}} | null)?.meta
  if (typeof meta?.id !== 'string') return undefined
  if (typeof value === 'function') return value as AnyRule
  const definition = value as RuleDefinition
  return typeof definition.check === 'function' ? lintRule(definition.meta, definition.defaults ?? {}, definition.check) : undefined
}
