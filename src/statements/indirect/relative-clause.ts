/**
 * A clausal cue inside the relative clause of an indefinite description that is the subject of a later cue:
 * `Salah satu pekerja yang meminta namanya tidak ditulis mengatakan …` (phrase/indefinite-subject.ts). The relative clause (`yang meminta …`) says who the subject is — often why a
 * source stays unnamed —; the subject's own verb is the later cue, which reads the statement. The cue in the relative
 * clause reports nothing of its own.
 */
import {cueAt} from '../../extract/cue-words.ts'
import {indefiniteSubjectBefore} from '../../phrase/indefinite-subject.ts'
import type {IndirectSite} from './indirect-rule.ts'

/** How far after a relative clause's cue the subject's own cue may stand. */
const longestRelativeClause = 10

/**
 * Whether the site's cue opens a relative clause (`yang` before it) of lower-case words and the subject's own clausal
 * cue follows before any punctuation or capitalised word, its subject an indefinite description that holds the clause.
 */
export function describesLaterSubject(site: IndirectSite): boolean {
  const {doc, cue, first} = site
  const {tokens, language} = doc
  const before = tokens.at(cue.first - 1)
  if (cue.first - 1 <= first || !before?.word || !language.text.relativePronouns.has(before.lower)) return false
  const last = Math.min(site.sentence.last, cue.last + longestRelativeClause)
  for (let j = cue.last + 1; j <= last; j++) {
    // The clause is all lower-case words (`yang meminta namanya tidak ditulis`); a subject of its own
    // (`yang menegaskan TNI tidak bisa melaporkan …`) makes the later cue part of what the first one reports.
    if (!tokens.at(j)!.word || tokens.at(j)!.capitalized) return false
    const later = cueAt(doc, j)
    if (later) return later.kind === 'clausal' && (indefiniteSubjectBefore(doc, later.first - 1, first)?.first ?? cue.first) < cue.first
  }
  return false
}
