/**
 * Outlets a story says it relays (`seperti dikutip dari Reuters`,
 * `dilansir dari Kyodo`): sources of the document, beside the `Sumber:` line.
 */
import type {AnalysedText} from '../extract/document.ts'
import {phrasesAfterWords} from '../phrase/read.ts'

export interface RelayedSource {
  name: string
  start: number
  end: number
}

export function findRelayedSources(doc: AnalysedText): RelayedSource[] {
  return phrasesAfterWords(doc, doc.language.cues.citing, doc.language.cues.citingPreposition)
    // A named outlet (`Reuters`), not a description (`media sosialnya`).
    .filter(({phrase}) => phrase.kind === 'outlet' && doc.tokens.at(phrase.mention.first)!.capitalized)
    .map(({phrase}) => ({name: phrase.name, start: doc.tokens.at(phrase.mention.first)!.start, end: doc.tokens.at(phrase.mention.last)!.end}))
}
