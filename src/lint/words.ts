/**
 * Word-list matching for the lint rules: one alternation per list, anchored on
 * letter boundaries (`\p{L}`), so `kata` does not match inside `berkata`.
 * The alternations hold literals only, so they run in linear time.
 */

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
}

/** A global, case-insensitive regex matching any of `words` as a whole word (longest first). */
export function wordsRegex(words: readonly string[], flags = 'giu'): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape)
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags)
}

/** Whether `text` contains one of the words of `regex` (a regex from `wordsRegex`). */
export function containsWord(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0
  return regex.test(text)
}

/** Letters (any script) or digits. */
export const wordChar = /[\p{L}\p{N}]/u

/** The words of `text`, split on anything that is not a letter, digit, hyphen or apostrophe. */
export function tokens(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter((token) => token.length > 0)
}
