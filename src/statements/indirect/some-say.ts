/**
 * `some-say`: `ada yang` and a clausal cue, then the reported clause — `Ada yang menyebut …`, `Ada pula yang
 * menuding …`, `ada kesaksian yang menyebut …`: some people the text does not name say it, an unnamed source.
 */
import type {AnalysedText} from '../../extract/document.ts'
import {isNegated} from '../../extract/cue-words.ts'
import {anonymousPhrase} from '../speaker-at-cue.ts'
import {indirectRule, type IndirectSite} from './indirect-rule.ts'
import {reportedClause} from './reported-clause.ts'

/** The first token of `ada (pula) (kesaksian) yang` right before the cue, or -1. */
function someoneBefore(doc: AnalysedText, cue: number, first: number): number {
  const {tokens, language} = doc
  let k = cue - 1
  if (k < first || !language.text.relativePronouns.has(tokens.at(k)!.lower)) return -1
  k--
  // `ada kesaksian yang …`: a report noun between.
  if (k >= first && language.text.reportNouns.has(tokens.at(k)!.lower)) k--
  // `ada pula yang …`, `ada juga yang …`.
  while (k >= first && language.persons.adverbs.has(tokens.at(k)!.lower)) k--
  return k >= first && language.text.existentials.has(tokens.at(k)!.lower) ? k : -1
}

export const someSay = indirectRule({
  id: 'some-say',
  reads: '`ada yang` and a clausal cue, then the clause: `Ada yang menyebut …`, `Ada pula yang menuding …`: an unnamed source',
  applies: (site: IndirectSite) => site.cue.kind === 'clausal' && !isNegated(site.doc, site.cue.first) && someoneBefore(site.doc, site.cue.first, site.first) >= 0,
  read(site) {
    const {doc, cue, first} = site
    const start = someoneBefore(doc, cue.first, first)
    return reportedClause(site, anonymousPhrase(doc, {first: start, last: cue.first - 1}), null)
  }
})
