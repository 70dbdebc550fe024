/**
 * Rule packages named in a configuration, loaded the way unified presets are:
 * by package name, resolved from the configuration file's folder.
 *
 * ```json
 * {"plugins": ["kutip-rules-redaksi"], "rules": {"redaksi/no-beliau": "error"}}
 * ```
 *
 * A plugin package's default export (or its module namespace) has `rules`: an
 * array of rules made with `lintRule(meta, defaults, check)` from `kutip/lint`,
 * each with its own `meta.id` (prefix it with the package's name). They run
 * after kutip's own rules and are configured in `rules` like them.
 */
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import type {LintRule} from './rule.ts'

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
    throw new Error(`cannot load plugin \`${name}\`: ${String((error as Error).message).split('\n')[0]}`)
  }
  const exported = (module.default !== null && typeof module.default === 'object' && 'rules' in module.default ? module.default : module) as {rules?: unknown}
  const rules = exported.rules
  if (!Array.isArray(rules) || rules.length === 0 || !rules.every(isRule)) {
    throw new Error(`plugin \`${name}\` exports no rules (expected {rules: [lintRule(…), …]})`)
  }
  return rules
}

function isRule(value: unknown): value is AnyRule {
  return typeof value === 'function' && typeof (value as {meta?: {id?: unknown}}).meta?.id === 'string'
}
