/**
 * Escaping for every output format. Everything that comes from an article
 * (names, quote words, outlet names, rule ids, URLs) passes through one of
 * these before it reaches a report.
 */

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text or attribute value for HTML: `& < > " '` become entities. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char)
}

/**
 * A link target that is safe to put in `href`: only `http:`, `https:` and
 * `mailto:` URLs and in-page fragments pass; anything else (`javascript:`,
 * `data:`, `vbscript:`, protocol-relative, obfuscated with control
 * characters) gives `null`, and the caller shows the value as text instead.
 */
export function safeUrl(value: string): string | null {
  // Browsers drop ASCII control characters and white space inside a scheme
  // ("java\tscript:"), so judge the URL the way they would parse it.
  const compact = value.replace(/[\u0000-\u0020\u007f]+/g, '')
  if (compact.startsWith('#')) return /^#[\w-]*$/.test(compact) ? compact : null
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact)
  if (!scheme) return null
  const name = scheme[1]!.toLowerCase()
  if (name !== 'http' && name !== 'https' && name !== 'mailto') return null
  if (/[\s"'<>`]/.test(value.trim())) return null
  return value.trim()
}

/**
 * A table cell or inline text for GitHub-flavoured Markdown: no line breaks,
 * pipes escaped, and the characters that start emphasis, links, code, HTML or
 * autolinks escaped so a quoted `<img>` or `[x](javascript:…)` stays text.
 */
export function escapeMarkdown(value: unknown): string {
  return inert(
    String(value ?? '')
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/[\\`*_[\]<>|~&]/g, (char) => (char === '&' ? '&amp;' : '\\' + char))
  )
}

/**
 * Article text posted as a pull-request comment must ping nobody and link
 * nowhere: a zero-width space after `@` breaks GitHub's `@mention` (and the
 * e-mail autolink `nama@contoh.id`), after the `:` of `http://`/`https://`
 * and the `www` of `www.` it breaks GFM's literal autolinks. The text reads
 * the same; `<…>` autolinks are already broken by escaping `<`.
 */
function inert(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
    .replace(/\b(https?|ftp):(?=\/\/)/giu, '$1:\u200b')
    .replace(/\bwww(?=\.)/giu, 'www\u200b')
}

/** A double-quoted DOT string (ID or label) with `"`, `\` and line breaks escaped. */
export function dotString(value: unknown): string {
  return (
    '"' +
    String(value ?? '')
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n') +
    '"'
  )
}

/** Shorten to at most `max` characters on a word boundary, with an ellipsis. */
export function truncate(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…'
}
