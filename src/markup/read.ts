/**
 * A Markdown or HTML file's prose in one call: parsed (src/markup/markdown.ts, or
 * src/markup/html.ts for HTML) and read with the markup-to-text map.
 * `kutip verify` reads its Markdown and HTML sources so.
 */
import type {Prose} from '../text/prose.ts'
import {parseHtml} from './html.ts'
import {parseMarkdown} from './markdown.ts'
import {htmlProse, markdownProse} from './prose.ts'

export function readMarkup(source: string, format: 'markdown' | 'html'): Prose {
  return format === 'html' ? htmlProse(parseHtml(source), source) : markdownProse(parseMarkdown(source), source)
}
