/**
 * `quote-in-quote`: a quotation inside another
 * (`"Dia bilang, ‘Doakan kami pulang cepat,’ lalu …"`) is a statement of its
 * own when a cue and its speaker stand right before it inside the outer
 * quote. It decides every quotation inside a quote.
 */
import {cueAt} from '../../extract/cue-words.ts'
import {phraseBefore} from '../../phrase/phrase-before.ts'
import {readPhrase} from '../../phrase/read.ts'
import {quoteRule} from './quote-rule.ts'

export const quoteInQuote = quoteRule({
  id: 'quote-in-quote',
  reads: 'a quotation inside a quote, after a cue and its speaker inside the outer quote: `"Dia bilang, ‘…,’ lalu …"`',
  applies: (site) => site.stretch.nested,
  read(site) {
    const {doc, stretch} = site
    const {tokens} = doc
    const outerIndex = doc.marks.insideOf[stretch.openToken]!
    if (outerIndex < 0 || stretch.closeToken < 0) return null
    const outer = doc.marks.stretches[outerIndex]!
    let j = stretch.openToken - 1
    while (j >= outer.firstInner && (tokens.at(j)!.text === ',' || tokens.at(j)!.text === ':')) j--
    const cue = j >= outer.firstInner ? cueAt(doc, j) : null
    if (!cue || cue.last !== j || (cue.kind !== 'inverted' && cue.kind !== 'clausal')) return null
    const range = phraseBefore(doc, cue.first - 1, outer.firstInner)
    const speaker = range ? readPhrase(doc, range) : null
    if (!speaker) return null
    return {...site.base(), kind: 'direct', cue: {first: cue.first, last: cue.last}, speaker, anaphoric: false, unbalanced: false}
  }
})
