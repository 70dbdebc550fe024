/**
 * DOT → inline SVG with Graphviz compiled to WebAssembly (@viz-js/viz):
 * offline, no system binary. The SVG is cleaned for inlining in HTML (no XML
 * prolog, DOCTYPE or comments) and labelled for screen readers.
 */
import {instance, type Viz} from '@viz-js/viz'
import {articleDot} from './dot.ts'
import {escapeHtml} from './escape.ts'
import {reportWords, type Say} from './labels.ts'
import type {ArticleReport} from './model.ts'

let viz: Promise<Viz> | undefined

/** The Graphviz instance, created once per process (compiling the WASM takes ~100 ms). */
export function graphviz(): Promise<Viz> {
  viz ??= instance()
  return viz
}

/** DOT as inline SVG labelled `label`; when Graphviz fails, a warning saying why in the words of `say`. */
export async function dotToSvg(dot: string, label: string, say: Say): Promise<string> {
  const result = (await graphviz()).render(dot, {format: 'svg'})
  const failed = (reason: string): string => `<p class="warn">${escapeHtml(say('report.html.picture-failed', {reason}))}</p>`
  if (result.status !== 'success') return failed(result.errors.map((error) => error.message).join('; ') || say('report.html.picture-graphviz-failed'))
  const output = result.output
  const start = output.indexOf('<svg ')
  if (start === -1) return failed(say('report.html.picture-no-svg'))
  // From the <svg> element on (no XML prolog or DOCTYPE), without comments: plain index scans, linear.
  return withoutComments(output.slice(start))
    .replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `)
    .trim()
}

function withoutComments(svg: string): string {
  const parts: string[] = []
  let from = 0
  for (let open = svg.indexOf('<!--'); open !== -1; open = svg.indexOf('<!--', from)) {
    const close = svg.indexOf('-->', open + 4)
    if (close === -1) break
    parts.push(svg.slice(from, open))
    from = close + 3
    while (svg[from] === '\n') from++
  }
  parts.push(svg.slice(from))
  return parts.join('')
}

/**
 * An article's graph picture as the HTML report shows it (quote nodes linked
 * to their rows), its labels in `locale` (default: the environment's).
 */
export function articlePicture(article: ArticleReport, locale?: string): Promise<string> {
  const words = reportWords(locale)
  return dotToSvg(articleDot(article, {links: true, locale: words.locale}), words.say('report.html.picture', {id: article.id}), words.say)
}
