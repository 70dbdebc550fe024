/**
 * Outlets a story says it relays (`seperti dikutip dari Reuters`,
 * `dilansir dari Kyodo`): sources of the document, beside the `Sumber:` line.
 */
import type {AnalysedText} from '../extract/document.ts'
import {phraseAfter, readPhrase} from './speaker-phrase.ts'

export interface RelayedSource {
  name: string
  start: number
  end: number
}

export function findRelayedSources(doc: AnalysedText): RelayedSource[] {
  const {tokens, language} = doc
  const found: RelayedSource[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!
    if (!token.word || !language.cues.citing.has(token.lower) || doc.marks.insideOf[k]! >= 0) continue
    let start = k + 1
    if (tokens[start]?.lower === 'dari') start++
    const sentence = doc.sentences[doc.sentenceOf[k]!]!
    if (start > sentence.last) continue
    const range = phraseAfter(doc, start, sentence.last)
    const phrase = range ? readPhrase(doc, range) : null
    if (!phrase || phrase.kind !== 'outlet') continue
    found.push({name: phrase.name, start: tokens[phrase.mention.first]!.start, end: tokens[phrase.mention.last]!.end})
  }
  return found
}
