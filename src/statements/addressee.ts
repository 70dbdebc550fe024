/**
 * Who heard a statement: `kepada wartawan`, `kepada Kantor Berita Yonhap`,
 * `saat dihubungi Kompas`.
 */
import type {AnalysedText} from '../extract/document.ts'
import {phraseAfter} from '../phrase/phrase-after.ts'
import {readPhrase} from '../phrase/read.ts'
import type {SpeakerPhrase, TokenRange} from '../phrase/speaker-phrase.ts'

/** Who heard the statement, named from token `k` (`kepada wartawan`, `saat dihubungi Kompas`), up to `limit`, with its last token. */
export function addresseeAfter(doc: AnalysedText, k: number, limit: number): {phrase: SpeakerPhrase; last: number} | null {
  // `kata …, Han Ji-woo, kepada Kantor Berita Yonhap`
  if (doc.tokens.at(k)?.text === ',') k++
  // `saat dihubungi Kompas`: whoever contacted the speaker heard it.
  const {addresseeVerbs} = doc.language.text
  if (doc.tokens.at(k) && doc.language.text.timeConjunctions.has(doc.tokens.at(k)!.lower) && addresseeVerbs.has(doc.tokens.at(k + 1)?.lower ?? '')) k++
  const named = doc.tokens.at(k + 1)
  const token = doc.tokens.at(k)
  if (!token) return null
  const verb = addresseeVerbs.has(token.lower)
  // `dihubungi detikcom`, `kepada kumparan`: an outlet the lexicon knows, however it is written.
  const known = named && !named.capitalized && (verb || doc.language.text.addresseeMarkers.has(token.lower)) ? doc.language.outlets.outlets.get(named.lower) : undefined
  if (known) {
    const at = {first: k + 1, last: k + 1}
    return {phrase: {kind: 'outlet', phrase: at, mention: at, name: known, title: null, affiliation: null, aliases: [named!.text]}, last: k + 1}
  }
  if (verb && named && named.capitalized) {
    const range = phraseAfter(doc, k + 1, limit)
    const phrase = range ? readPhrase(doc, range) : null
    return phrase && range && (phrase.kind === 'outlet' || phrase.kind === 'name' || phrase.kind === 'organization') ? {phrase, last: range.last} : null
  }
  if (!doc.language.text.addresseeMarkers.has(token.lower)) return null
  const range = phraseAfter(doc, k + 1, limit)
  if (!range) return null
  // `kepada wartawan di Balai Kota`: after a common noun, `di …` is where it was said, not who heard it.
  if (!doc.tokens.at(range.first)!.capitalized) {
    for (let j = range.first + 1; j <= range.last; j++) {
      if (doc.language.text.locatives.has(doc.tokens.at(j)!.lower)) {
        range.last = j - 1
        break
      }
    }
  }
  // `kepada wartawan`: people named by a common noun are a group.
  let lowerOnly = true
  for (let j = range.first; j <= range.last; j++) if (doc.tokens.at(j)!.capitalized) lowerOnly = false
  const phrase = lowerOnly ? groupPhrase(doc, range) : readPhrase(doc, range) ?? groupPhrase(doc, range)
  return phrase ? {phrase, last: range.last} : null
}

/** A lower-case noun phrase as a group (`kepada wartawan`). */
function groupPhrase(doc: AnalysedText, range: TokenRange): SpeakerPhrase | null {
  const text = doc.text.slice(doc.tokens.at(range.first)!.start, doc.tokens.at(range.last)!.end)
  if (!text) return null
  return {kind: 'group', phrase: range, mention: range, name: text, title: null, affiliation: null, aliases: []}
}

/**
 * Who heard it, named after the speaker or after an adjunct of how it was said: `kata Melisa dalam keterangan tertulis
 * kepada Tirto`, `ujar Budi melalui pesan singkat kepada wartawan` (the adjunct's words up to `kepada`, five at most).
 */
export function addresseeAfterAdjunct(doc: AnalysedText, k: number, limit: number): {phrase: SpeakerPhrase; last: number} | null {
  const direct = addresseeAfter(doc, k, limit)
  const opener = doc.tokens.at(k)
  if (direct || !opener?.word || !doc.language.text.verbAdjuncts.has(opener.lower) || doc.language.text.addresseeMarkers.has(opener.lower)) return direct
  for (let j = k + 1; j <= limit && j - k <= 5; j++) {
    const token = doc.tokens.at(j)!
    if (!token.word || token.capitalized) return null
    if (doc.language.text.addresseeMarkers.has(token.lower)) return addresseeAfter(doc, j, limit)
  }
  return null
}
