/**
 * `cited-source`: a citing cue opening the sentence, the outlet or body it
 * cites, a comma, then the clause it reports — `Dilansir kantor berita AFP,
 * …`, `Melansir dari Refinitiv, …`, `Dikutip dari laman resmi Kementerian
 * Sosial, …`, `Seperti dilansir Reuters, Senin (5/2/2024), …`. The source
 * speaks. Where the clause has a reporting cue of its own (`Dilansir AFP, Budi
 * mengatakan …`), the words are that speaker's: no statement here (the
 * clausal cue reads them, citing the source).
 */
import {cueAt} from '../../extract/cue-words.ts'
import {readPhrase} from '../../phrase/read.ts'
import type {SpeakerPhrase, TokenRange} from '../../phrase/speaker-phrase.ts'
import {anonymousAwarePhrase} from '../speaker-at-cue.ts'
import {besideCueStatement, opensSentence} from './beside-cue.ts'
import {indirectRule, type IndirectSite} from './indirect-rule.ts'


/** The clause after `k` has a reporting cue of its own, outside quote marks. */
function cueInClause(site: IndirectSite, k: number): boolean {
  const {doc, sentence} = site
  for (let j = k; j <= sentence.last; j++) {
    if (doc.marks.insideOf[j]! >= 0) continue
    const cue = cueAt(doc, j)
    if (cue && cue.kind !== 'citing') return true
  }
  return false
}

/**
 * One word the outlet lexicon knows, written in lower case (`detikNews`), or any one word set off by the comma after
 * the citing cue (`Dilansir dari healthline, …`): a source's name however it is written.
 */
function outletWord(site: IndirectSite, k: number): TokenRange | null {
  const {doc} = site
  const token = doc.tokens.at(k)
  if (!token?.word) return null
  const alone = doc.tokens.at(k + 1)?.text === ',' && !doc.language.persons.functionWords.has(token.lower) && !doc.language.text.calendar.has(token.lower)
  return doc.language.outlets.outlets.has(token.lower) || alone ? {first: k, last: k} : null
}

/** The outlet a single word names (`detikNews`, `healthline`), as a phrase. */
function outletPhrase(site: IndirectSite, k: number): SpeakerPhrase | null {
  const token = site.doc.tokens.at(k)!
  if (!outletWord(site, k)) return null
  // The outlet's own desk as written (`detikNews`, `detikBali`): the fullest name the text gives.
  const name = token.text
  const range = {first: k, last: k}
  return {kind: 'outlet', phrase: range, mention: range, name, title: null, affiliation: null, aliases: []}
}

export const citedSource = indirectRule({
  id: 'cited-source',
  reads: 'a citing cue opening the sentence, its source, then the clause: `Dilansir kantor berita AFP, …`, `Melansir dari Refinitiv, …`',
  applies: (site) => site.cue.kind === 'citing' && opensSentence(site),
  read(site) {
    const {doc, cue, sentence} = site
    const {tokens, language} = doc
    let start = cue.last + 1
    if (tokens.at(start)?.lower === language.cues.citingPreposition) start++
    const range = anonymousAwarePhrase(doc, start, sentence.last) ?? outletWord(site, start)
    const speaker = range ? readPhrase(doc, range) ?? outletPhrase(site, range.first) : null
    if (!range || !speaker || tokens.at(range.last + 1)?.text !== ',') return null
    // `Dilansir AFP, Senin (7/7/2025), …`: a date set off by commas after the source.
    let end = range.last
    const next = tokens.at(end + 2)
    if (next?.word && language.text.calendar.has(next.lower)) {
      let comma = end + 2
      while (comma <= sentence.last && comma - end < 10 && tokens.at(comma)!.text !== ',') comma++
      if (tokens.at(comma)?.text === ',') end = comma - 1
    }
    if (cueInClause(site, end + 1)) return null
    return besideCueStatement(site, speaker, end, null)
  }
})
