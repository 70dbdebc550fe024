/**
 * The outlet a story names itself by, where nothing else names its publisher: an outlet publishing in the text's
 * language, written as its web address, opening a sentence of the body — `Katadata.co.id mencoba meminta tanggapan …`,
 * `Kompas.com telah menghubungi …` (newsrooms write of their own reporting so; one they relay is a source instead).
 */
import type {AnalysedText} from '../extract/document.ts'

export interface OwnOutlet {
  name: string
  written: string
  start: number
  end: number
}

export function findOwnOutlet(doc: AnalysedText): OwnOutlet | null {
  const {tokens, language} = doc
  for (const sentence of doc.sentences) {
    const token = tokens.at(sentence.first)
    if (!token || !token.word || token.start < doc.bodyStart || doc.boilerplate[sentence.first] === 1 || doc.marks.insideOf[sentence.first]! >= 0) continue
    if (!token.text.includes('.')) continue
    const name = language.outlets.outlets.get(token.lower)
    if (name && language.outlets.homeOutlets.has(name)) return {name, written: token.text, start: token.start, end: token.end}
  }
  return null
}
