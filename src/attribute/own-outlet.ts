/**
 * The outlet a story names itself by, where nothing else names its publisher: an outlet publishing in the text's
 * language, written as its web address, opening a sentence of the body — `Katadata.co.id mencoba meminta tanggapan …`,
 * `Kompas.com telah menghubungi …` (newsrooms write of their own reporting so; one they relay is a source instead);
 * and the publisher the body names (`publisherInBody`), of which it is the last resort.
 */
import type {EntityRecord, EntityRegistry} from './entities.ts'
import type {Attribution} from './resolve.ts'
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

/**
 * The publisher the body names, for a story whose dateline and copyright line name none: the outlet publishing in the
 * text's language that the story's people speak to (`kata Hendrik kepada Okezone`, `saat dihubungi CNBC Indonesia`),
 * else the outlet the story names itself by (`findOwnOutlet`); never one the story relays as a source (one abroad or a
 * wire, `kepada AFP`, is where a relayed story was gathered).
 */
export function publisherInBody(doc: AnalysedText, registry: EntityRegistry, attributions: readonly Attribution[], sources: readonly EntityRecord[]): EntityRecord | null {
  const {outlets} = doc.language
  const spokenTo = attributions.find(({addressee}) => addressee?.type === 'outlet' && outlets.homeOutlets.has(addressee.name) && !sources.includes(addressee))
  if (spokenTo) return spokenTo.addressee
  const own = findOwnOutlet(doc)
  if (!own) return null
  const record = registry.body('outlet', own.name, own.start, own.end, [own.written])
  return sources.includes(record) ? null : record
}
