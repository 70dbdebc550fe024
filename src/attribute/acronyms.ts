/**
 * `Long Form (ACRONYM)` in the text makes the acronym an alias of the long form's entity. A body met only by its
 * acronym is named by the long form when that names an organisation: it opens with an organisation's head
 * (`Perkumpulan Pengemudi Daring Nusantara (PPDN)`) or one stands right before it (`PT Sawit Prima Lestari Tbk
 * (SPLT)`, whose acronym spells the words after `PT`).
 */
import type {EntityRegistry} from './entities.ts'
import type {AnalysedText} from '../extract/document.ts'

export function linkAcronyms(doc: AnalysedText, registry: EntityRegistry): void {
  const heads = doc.language.persons.organizationHeads
  for (const {acronym, longForm, first} of doc.definedAcronyms) {
    const written = longForm.join(' ')
    const before = doc.tokens.at(first - 1)
    const opensWithHead = heads.has(longForm[0]!.toLowerCase())
    const headBefore = !opensWithHead && before?.word === true && before.capitalized && heads.has(before.lower)
    registry.alias(written, acronym, headBefore ? `${before.text} ${written}` : opensWithHead ? written : null)
  }
}
