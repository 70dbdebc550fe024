/**
 * The quick way through `kutip lint draft.txt`: unified-engine alone takes
 * about half a second to import, longer than linting a draft. When every
 * argument is an existing file and no ignore file or script configuration is
 * involved, the files are linted directly, with configuration found the way
 * unified-engine finds it (same names, same order, nearest folder first;
 * package.json only when it has a `kutip` field). Anything else — folders,
 * globs, `.kutipignore`, `.kutiprc.js`, `--rc-path`, stdin — returns
 * undefined and goes through the engine. Files are read with `options.read`
 * when given (the CLI's reader), as the engine does.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {parseConfig} from './config.ts'
import {findConfig, isFile, type Found} from './config-files.ts'
import {lint} from './core.ts'
import type {LintFilesOptions} from './engine.ts'
import {loadPlugins} from './plugins.ts'
import type {LintOptions} from './preset.ts'

function hasIgnoreFile(folder: string): boolean {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.kutipignore'))) return true
    if (path.dirname(current) === current) return false
  }
}

/**
 * Lint `options.files` directly, or return undefined when the engine is
 * needed. A failure is returned as a fatal message on the file (like the engine does).
 */
export async function lintFilesQuickly(options: LintFilesOptions): Promise<VFile[] | undefined> {
  const cwd = options.cwd ?? process.cwd()
  if (options.files.length === 0 || options.streamIn || options.rcPath || options.ignorePath) return undefined
  if ((options.ignorePatterns?.length ?? 0) > 0 || options.detectIgnore === false) return undefined
  const absolute = options.files.map((file) => path.resolve(cwd, file))
  if (!absolute.every(isFile)) return undefined
  if (hasIgnoreFile(cwd) || absolute.some((file) => hasIgnoreFile(path.dirname(file)))) return undefined

  const cache = new Map<string, Found>()
  const files: VFile[] = []
  for (const [index, file] of absolute.entries()) {
    const vfile = new VFile({path: path.relative(cwd, file) || options.files[index], cwd})
    let rules: Record<string, unknown> | undefined
    let plugins: LintOptions['plugins']
    let locale: string | undefined
    try {
      if (options.detectConfig !== false) {
        const found = await findConfig(path.dirname(file), cache)
        if (found.kind === 'script') return undefined
        if (found.kind === 'file') {
          try {
            const config = parseConfig(found.raw)
            rules = config.rules
            if (config.plugins) plugins = await loadPlugins(config.plugins, found.path)
            locale = config.locale
          } catch (error) {
            throw new Error(`${found.path}: ${(error as Error).message}`)
          }
        }
      }
      vfile.value = options.read ? await options.read(file) : readFileSync(file, 'utf8')
      await lint(vfile, {rules: {...rules, ...options.rules}, extract: options.extract, sources: options.sources, locale: options.locale ?? locale, ...(plugins ? {plugins} : {})})
    } catch (error) {
      vfile.messages = []
      const message = vfile.message(String((error as Error).message ?? error), {source: 'kutip-cli', ruleId: 'failure'})
      message.fatal = true
    }
    files.push(vfile)
  }
  return files
}
