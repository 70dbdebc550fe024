/**
 * Parentheses in names (`Kementerian Pertahanan Korea Selatan (Korsel)`),
 * removed with plain scans: no regular expression, linear in the text.
 */

/** The text without a final `(…)` and the white space before it. */
export function withoutTrailingParenthetical(text: string): string {
  let end = text.length
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--
  if (text[end - 1] !== ')') return text
  const open = text.lastIndexOf('(', end - 1)
  if (open < 0 || text.indexOf(')', open) !== end - 1) return text
  let start = open
  while (start > 0 && /\s/u.test(text[start - 1]!)) start--
  return text.slice(0, start)
}

/** The text with every `(…)` replaced by one space. */
export function withoutParentheticals(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const open = text.indexOf('(', i)
    if (open < 0) break
    const close = text.indexOf(')', open + 1)
    const nested = text.indexOf('(', open + 1)
    if (close < 0) break
    if (nested >= 0 && nested < close) {
      out += text.slice(i, nested)
      i = nested
      continue
    }
    out += text.slice(i, open).trimEnd() + ' '
    i = close + 1
    while (i < text.length && /\s/u.test(text[i]!)) i++
  }
  return out + text.slice(i)
}
