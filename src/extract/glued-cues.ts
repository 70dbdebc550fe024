/**
 * Scraped pages glue a reporting verb to the name before it (`Bahlil Lahadaliamengatakan`, where a line break or a
 * tag stood between them): the text base splits a capitalised word that ends in a clausal cue of the lexicon
 * (`mengatakan`, `menjelaskan`) into the name and the cue, and one that ends in the first word of an idiom of speaking
 * out when its second word follows (`Sadewabuka suara`). The cue must start with a verb prefix (meN-, ber-, ter-)
 * after at least three letters of the name, so a word is looked at in one pass over its letters.
 */
import type {Language} from '../lang/language.ts'
import {TokenTableBuilder, WORD, partKind, type TokenTable} from './token-table.ts'
import type {Token} from './tokens.ts'

/** Where a glued cue starts inside a capitalised word (an offset into the word), or -1; `next` is the word after it. */
function gluedCueAt(token: Token, next: Token | undefined, language: Language): number {
  if (!token.word || !token.capitalized || token.allCaps || token.text.length < 7) return -1
  const {lower} = token
  // (The lower-case form has the word's length: the tokenizer lower-cases letter by letter.)
  if (lower.length !== token.text.length) return -1
  // `Sadewabuka suara`: the first word of an idiom of speaking out, its second word next.
  if (next?.word && next.spaceBefore) {
    for (const [first, second] of language.cues.speakingOut) {
      if (next.lower === second && lower.length - first.length >= 4 && lower.endsWith(first)) return lower.length - first.length
    }
  }
  if (token.text.length < 10) return -1
  for (let at = 3; at + 6 <= lower.length; at++) {
    if (!language.morphology.verbPrefixes.some((prefix) => lower.startsWith(prefix, at))) continue
    // The name's last letter is lower case, the cue's first too: a glued word, not a compound name (`HartaMenjadi`).
    if (token.text[at] !== lower[at]) continue
    if (language.cues.clausal.has(lower.slice(at))) return at
  }
  return -1
}

/** The tokens with every glued cue split off its name (indices renumbered); the same table when there is none. */
export function splitGluedCues(tokens: TokenTable, language: Language): TokenTable {
  let out: TokenTableBuilder | null = null
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens.at(k)
    const at = gluedCueAt(token, tokens.at(k + 1), language)
    if (at < 0) {
      out?.push(token.start, tokens.kindAt(k))
      continue
    }
    if (!out) {
      out = new TokenTableBuilder(tokens.keepBelow)
      for (let before = 0; before < k; before++) out.push(tokens.startOf(before), tokens.kindAt(before))
    }
    const kind = tokens.kindAt(k)
    out.push(token.start, partKind(kind, token.text.slice(0, at), token.lower.slice(0, at)))
    // The cue: a lower-case word, glued to the name (no space, no line break before it).
    out.push(token.start + at, partKind(kind, token.text.slice(at), token.lower.slice(at), WORD, 0))
  }
  return out ? out.build() : tokens
}
