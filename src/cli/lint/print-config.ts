/**
 * `kutip lint --print-config FILE`: the configuration that applies to FILE,
 * as JSON, the way ESLint's `--print-config` shows it: the configuration file
 * found for it (nearest folder first, as unified-engine finds it; `--rc-path`
 * wins; `--no-config` finds none), and every rule's effective setting after
 * `--rule` overrides: `[severity, options]`.
 *
 *   {"file": "drafts/a.md", "configFile": ".kutiprc.json", "plugins": [], "rules": {"quote-style": ["error", {"preferred": "smart"}], …}}
 */
import path from 'node:path'
import {parseConfig} from '../../lint/config.ts'
import {readConfig} from '../../lint/config-files.ts'
import {loadPlugins} from '../../lint/plugins.ts'
import {parseSetting} from '../../lint/rule.ts'
import {rules} from '../../lint/rules/index.ts'

export interface PrintConfigOptions {
  rcPath?: string
  detectConfig: boolean
  /** `--rule` settings, which win over the file's. */
  rules: Record<string, unknown>
}

/** The effective configuration of `file` as pretty JSON; throws an Error naming a broken configuration. */
export async function effectiveConfig(file: string, options: PrintConfigOptions): Promise<string> {
  const cwd = process.cwd()
  const config =
    options.rcPath !== undefined ? await readConfig(cwd, options.rcPath) : options.detectConfig ? await readConfig(path.dirname(path.resolve(cwd, file))) : null
  const configFile = config?.path
  const raw = config?.raw
  let fileRules: Record<string, unknown> = {}
  let plugins: string[] = []
  let pluginRules: typeof rules = []
  if (configFile !== undefined) {
    try {
      const config = parseConfig(raw)
      fileRules = config.rules ?? {}
      plugins = config.plugins ?? []
      if (plugins.length > 0) pluginRules = await loadPlugins(plugins, configFile)
    } catch (error) {
      throw new Error(`${path.relative(cwd, configFile) || configFile}: ${(error as Error).message}`)
    }
  }
  const settings: Record<string, unknown> = {...fileRules, ...options.rules}
  const effective: Record<string, [string, unknown]> = {}
  for (const rule of [...rules, ...pluginRules]) {
    const {severity, options: ruleOptions} = parseSetting(rule.meta.id, settings[rule.meta.id], rule.meta.severity, rule.meta.schema)
    effective[rule.meta.id] = [severity, ruleOptions]
  }
  const shown = {file, configFile: configFile === undefined ? null : path.relative(cwd, configFile) || configFile, plugins, rules: effective}
  return JSON.stringify(shown, null, 2) + '\n'
}
