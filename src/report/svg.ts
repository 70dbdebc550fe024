/**
 * DOT → inline SVG with Graphviz compiled to WebAssembly (@viz-js/viz):
 * offline, no system binary. The SVG is cleaned for inlining in HTML (no XML
 * prolog, DOCTYPE or comments) and labelled for screen readers.
 */
import {instance, type Viz} from '@viz-js/viz'
import {escapeHtml} from './escape.ts'

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
  return result.output
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/, '')
    .replace(/<!--[^]*?-->\s*/g, '')
    .replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `)
    .trim()
}
