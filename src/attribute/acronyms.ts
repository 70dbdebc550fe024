/**
 * `Long Form (ACRONYM)` in the text makes the acronym an alias of the long form's entity.
 */
import type {EntityRegistry} from './entities.ts'
import type {AnalysedText} from '../extract/document.ts'

export function linkAcronyms(doc: AnalysedText, registry: EntityRegistry): void {
  for (const {acronym, longForm} of doc.definedAcronyms) registry.alias(longForm.join(' '), acronym)
}
