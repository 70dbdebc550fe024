/**
 * Lint files the way remark-cli and alex do, through unified-engine: globs
 * and folders, `.kutiprc*` / package.json `kutip` configuration,
 * `.kutipignore`, stdin. One engine processor picks the format of each file
 * by its extension and hands it to the core linter of that format.
 *
 * With `read` (the CLI passes its reader: encodings, binary files, FIFOs;
 * src/cli/io/read-input.ts) the files are named by the caller (folders
 * already walked, globs matched) and read by `read`, not by unified-engine,
 * and only once the engine has kept them (ignore files apply first).
 */
import path from 'node:path'
import type {Readable} from 'node:stream'
import {unified, type Processor} from 'unified'
import {engine} from 'unified-engine'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {parseConfig} from './config.ts'
import {formatOf, linter, lintExtensions, loadFormat, type Format} from './core.ts'
import './state.ts'
import {loadPlugins} from './plugins.ts'
import type {LintOptions} from './preset.ts'
import type {Extractor} from './state.ts'

/** Reads the text of a file (absolute path); throws an Error whose message is the one-line problem. */
export type ReadText = (file: string) => Promise<string>

declare module 'vfile' {
  interface DataMap {
    /** Read the file's text with this before parsing it (lintFiles with `read`). */
    kutipRead: ReadText
  }
}

export interface EngineSettings {
  rules?: Record<string, unknown>
  /** Rule packages of the configuration, and the configuration file they are resolved from (plugins.ts). */
  plugins?: string[]
  configFile?: string
  extract?: Extractor
  sources?: LintOptions['sources']
  /** Language of the messages (`--locale`, or the configuration's `locale`). */
  locale?: string
}

/** Unified plugin: parse by extension, then run the format's linter. */
export function kutipEngine(this: Processor, settings: EngineSettings = {}) {
  const byFormat = new Map<Format, Processor<any, any, any, any, any>>()
  // Plugin rules are loaded (asynchronously) before the first file is parsed; parsing then waits for the transformer.
  let pluginRules: LintOptions['plugins'] = []
  const withPlugins = (settings.plugins?.length ?? 0) > 0
  let pluginsLoaded: Promise<void> | undefined
  const get = (format: Format) => {
    let processor = byFormat.get(format)
    if (!processor) {
      processor = linter(format, {rules: settings.rules, extract: settings.extract, sources: settings.sources, plugins: pluginRules, locale: settings.locale})
      byFormat.set(format, processor)
    }
    return processor
  }
  const self = this as unknown as {parser: unknown; compiler: unknown}
  self.parser = (_: string, file: VFile) => {
    const format = formatOf(file.path)
    file.data.kutipFormat = format
    // Not read yet, or plugins not loaded yet (the parser cannot wait): read and parsed in the transformer.
    if (file.data.kutipRead || withPlugins) return {type: 'root', children: []}
    return get(format).parse(file)
  }
  self.compiler = (_: Node, file: VFile) => String(file.value ?? '')
  return async (tree: Node, file: VFile) => {
    if (withPlugins) {
      pluginsLoaded ??= loadPlugins(settings.plugins!, settings.configFile ?? path.join(file.cwd, '.kutiprc')).then((loaded) => {
        pluginRules = loaded
      })
      await pluginsLoaded
    }
    const processor = get(file.data.kutipFormat ?? formatOf(file.path))
    const read = file.data.kutipRead
    if (read) {
      delete file.data.kutipRead
      file.value = await read(path.resolve(file.cwd, file.path))
      tree = processor.parse(file)
    } else if (withPlugins) tree = processor.parse(file)
    await processor.run(tree, file)
  }
}

/** Turn a configuration file's content into engine plugins; errors name the file. */
export function configTransform(raw: unknown, filePath: string) {
  try {
    const config = parseConfig(raw)
    return {plugins: [[kutipEngine, {rules: config.rules, locale: config.locale, ...(config.plugins ? {plugins: config.plugins, configFile: filePath} : {})}]], settings: {}}
  } catch (error) {
    throw new Error(`${filePath}: ${(error as Error).message}`)
  }
}

export interface LintFilesOptions {
  /** Paths, folders or globs (none: read `streamIn`). */
  files: string[]
  cwd?: string
  /** Rule settings that win over configuration files. */
  rules?: Record<string, unknown>
  rcPath?: string
  ignorePath?: string
  ignorePatterns?: string[]
  detectConfig?: boolean
  detectIgnore?: boolean
  streamIn?: Readable
  /** Name (and so format) of the document read from stdin. */
  filePath?: string
  extract?: Extractor
  sources?: LintOptions['sources']
  /** Language of the messages; wins over the configuration's `locale`. */
  locale?: string
  /**
   * Reads each file (see ReadText). With it, `files` are paths of files only
   * (no folders or globs: the caller walked and matched them); those an
   * ignore file or pattern leaves out are dropped without a message.
   */
  read?: ReadText
}

/** The formats a run may meet: those of the named files, or all when a folder or glob is given. */
function formatsFor(options: LintFilesOptions): Format[] {
  const names = options.files.length > 0 ? options.files : [options.filePath ?? 'stdin.txt']
  const formats = new Set<Format>()
  for (const name of names) {
    if (!/\.[a-z]+$/iu.test(name) || /[*?[{]/u.test(name)) return ['text', 'markdown', 'html']
    formats.add(formatOf(name))
  }
  return [...formats]
}

/** Run the engine; resolves to the processed files (messages sorted) or rejects with an engine error. */
export async function lintFiles(options: LintFilesOptions): Promise<VFile[]> {
  await Promise.all(formatsFor(options).map(loadFormat))
  return new Promise((resolve, reject) => {
    let collected: VFile[] = []
    engine(
      {
        // No options object on the base processor: unified merges later options *into* it, which would
        // leak one folder's configuration into the next file's.
        processor: unified().use(kutipEngine) as never,
        files: options.read ? options.files.map((file) => new VFile({path: file, value: '', data: {kutipRead: options.read}})) : options.files,
        cwd: options.cwd ?? process.cwd(),
        extensions: lintExtensions,
        rcName: '.kutiprc',
        packageField: 'kutip',
        ignoreName: '.kutipignore',
        rcPath: options.rcPath,
        ignorePath: options.ignorePath,
        ignorePatterns: options.ignorePatterns,
        detectConfig: options.detectConfig,
        detectIgnore: options.detectIgnore,
        configTransform: configTransform as never,
        plugins: (options.rules || options.extract || options.sources || options.locale
          ? [[kutipEngine, {rules: options.rules, extract: options.extract, sources: options.sources, locale: options.locale}]]
          : []) as never,
        streamIn: options.streamIn,
        filePath: options.filePath,
        out: false,
        output: false,
        silentlyIgnore: Boolean(options.read),
        reporter(files) {
          collected = files
          return ''
        }
      },
      (error, _code, context) => {
        if (error) {
          reject(error)
          return
        }
        const files = context?.files ?? collected
        for (const file of files) {
          file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
        }
        resolve(files)
      }
    )
  })
}
