/**
 * One core, three entry points (as in alex): the same retext chain (the
 * kutip preset) runs on the prose of a plain-text, Markdown or HTML draft
 * (src/markup: the one markup-to-text map), then the draft's comments control
 * the messages.
 *
 * - `lint(value, options)`: lint a string or VFile, get the VFile with its messages;
 * - `linter(format, options)`: the unified processor for one format;
 * - `formatOf(path)`: the format a file name implies.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {Node} from 'unist'
import {VFile, type Compatible} from 'vfile'
import {t} from '../lang/messages.ts'
import {deepestLevel, recursionLimit} from '../markup/depth.ts'
import {applyControl, type Format} from './control.ts'
import {kutipLint, type LintOptions} from './preset.ts'
import {kutipTextParser} from './text-parser.ts'

export type {Format} from './control.ts'

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn'])
const htmlExtensions = new Set(['.html', '.htm', '.xhtml'])

/** The format of a file by its extension; anything unknown is plain text. */
export function formatOf(path: string | undefined): Format {
  const match = path ? /\.[^./\\]+$/u.exec(path.toLowerCase()) : null
  const extension = match ? match[0] : ''
  if (markdownExtensions.has(extension)) return 'markdown'
  if (htmlExtensions.has(extension)) return 'html'
  return 'text'
}

/** The extensions `kutip lint` picks up in a folder. */
export const lintExtensions = ['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'mkdn', 'html', 'htm', 'xhtml']

function control(format: Format) {
  return () => (tree: Node, file: VFile) => {
    // The comments are read by a recursive walk (unified-message-control): refuse a tree it cannot walk, in one line.
    if (format !== 'text' && String(file).includes('kutip')) {
      const depth = deepestLevel(tree)
      if (depth > recursionLimit) throw new Error(t('markup.deep-comments', {depth, limit: recursionLimit}))
    }
    applyControl(format, tree, file)
  }
}

type Plugin = (...parameters: any[]) => unknown
interface Bridge {
  /** The parser: remark-parse behind a nesting check (src/markup/markdown.ts), or kutip's own HTML parser (src/markup/html.ts: rehype-parse's tree, read without recursion). */
  parse: Plugin
  /** The prose bridge (src/markup/bridge.ts), in place of remark-retext and rehype-retext. */
  bridge: Plugin
}
const bridges = new Map<Format, Bridge>()

/**
 * Load the parser and bridge of a format once; plain text needs none. Done
 * on demand so that linting a .txt draft never loads the Markdown and HTML
 * parsers.
 */
export async function loadFormat(format: Format): Promise<void> {
  if (format === 'text' || bridges.has(format)) return
  const [parse, bridge] = await Promise.all([
    format === 'markdown' ? import('../markup/markdown.ts').then((module) => module.kutipMarkdownParser as Plugin) : import('../markup/html.ts').then((module) => module.kutipHtmlParser as Plugin),
    import('../markup/bridge.ts').then((module) => module.kutipProseBridge as Plugin)
  ])
  bridges.set(format, {parse, bridge})
}

/**
 * The unified processor that lints one format (parse → prose → rules →
 * comment control). Markdown and HTML need `await loadFormat(format)` first.
 */
export function linter(format: Format, options: LintOptions = {}): Processor<any, any, any, any, any> {
  if (format !== 'text') {
    const bridge = bridges.get(format)
    if (!bridge) throw new Error(`kutip: call loadFormat('${format}') before linter('${format}')`)
    return unified()
      .use(bridge.parse as never)
      .use(bridge.bridge as never, unified().use(kutipLint, options))
      .use(control(format))
  }
  // Plain text: the shallow parser (see text-parser.ts); the rules and the engine read the text itself.
  return unified()
    .use(kutipTextParser)
    .use(kutipLint, options)
    .use(control(format) as never)
}

export interface LintFileOptions extends LintOptions {
  /** Format of the draft (default: from the file's extension, else plain text). */
  format?: Format
}

/** The linter of each format with the default settings, built once (most calls to `lint` pass no options). */
const defaultLinters = new Map<Format, Processor<any, any, any, any, any>>()

function isDefault(options: LintFileOptions): boolean {
  for (const key in options) if (key !== 'format' && (options as Record<string, unknown>)[key] !== undefined) return false
  return true
}

/** Lint one draft; resolves to its VFile with the messages sorted by place. */
export async function lint(value: Compatible, options: LintFileOptions = {}): Promise<VFile> {
  const file = value instanceof VFile ? value : new VFile(value)
  const format = options.format ?? formatOf(file.path)
  await loadFormat(format)
  file.data.kutipFormat = format
  let processor: Processor<any, any, any, any, any>
  if (isDefault(options)) {
    processor = defaultLinters.get(format) ?? linter(format).freeze()
    defaultLinters.set(format, processor)
  } else processor = linter(format, options)
  const tree = processor.parse(file)
  await processor.run(tree as NlcstRoot, file)
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return file
}
