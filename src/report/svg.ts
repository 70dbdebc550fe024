/**
 * DOT → inline SVG with Graphviz compiled to WebAssembly (@viz-js/viz):
 * offline, no system binary. The SVG is cleaned for inlining in HTML (no XML
 * prolog, DOCTYPE or comments) and labelled for screen readers.
 */
import {instance, type Viz} from '@viz-js/viz'
import {articleDot} from './dot.ts'
import {escapeHtml} from './escape.ts'
import type {ArticleReport} from './model.ts'

let viz: Promise<Viz> | undefined

/** The Graphviz instance, created once per process (compiling the WASM takes ~100 ms). */
export function graphviz(): Promise<Viz> {
  viz ??= instance()
  return viz
}

export async function dotToSvg(dot: string, label: string): Promise<string> {
  const result = (await graphviz()).render(dot, {format: 'svg'})
  if (result.status !== 'success') {
    const reason = result.errors.map((error) => error.message).join('; ') || 'Graphviz failed'
    return `<p class="warn">The graph could not be drawn: ${escapeHtml(reason)}</p>`
  }
  const output = result.output
  const start = output.indexOf('<svg ')
  if (start === -1) return '<p class="warn">The graph could not be drawn: Graphviz gave no SVG</p>'
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

/** An article's graph picture as the HTML report shows it (quote nodes linked to their rows). */
export function articlePicture(article: ArticleReport): Promise<string> {
  return dotToSvg(articleDot(article, {links: true}), `Attribution graph of ${article.id}`)
}
