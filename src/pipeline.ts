/**
 * `extract(text)`: the whole engine, text → attribution graph.
 *
 * src/lang (what Indonesian news writing looks like) → src/extract (the text
 * base: tokens, quote marks, sentences, cue words, the analysed document) →
 * src/phrase (speaker phrases) → src/statements (the quote and indirect
 * rules) → src/attribute (provenance, people, speakers, entities) →
 * src/graph (the contract, src/contract). docs/engine.md is the map.
 */
import {EntityRegistry, type EntityRecord} from './attribute/entities.ts'
import {findPersonMentions} from './attribute/person-names.ts'
import {readProvenance} from './attribute/provenance.ts'
import {publisherInBody} from './attribute/own-outlet.ts'
import {findRelayedSources} from './attribute/relayed-sources.ts'
import {resolveSpeakers} from './attribute/resolve.ts'
import {analyse, readTextBase, type TextBase} from './extract/document.ts'
import {findPassiveSpeakers, findStatements} from './statements/find.ts'
import {buildGraph} from './graph/build.ts'
import type {ExtractOptions, Graph} from './contract/graph.ts'
import {getLanguage} from './lang/index.ts'
import {linkAcronyms} from './attribute/acronyms.ts'

export function extract(text: string, options: ExtractOptions = {}): Graph {
  if (typeof text !== 'string') throw new TypeError('kutip: extract() expects a string')
  return extractReading(readTextBase(text, getLanguage(options.lang ?? 'id')))
}

/**
 * The graph of a text whose text base (tokens, quote marks, sentences) the
 * caller has already read (lint's state, src/lint/state.ts: its quote rules
 * read the same base), in the language it was read in. Internal: not exported
 * from the package.
 */
export function extractReading(base: TextBase): Graph {
  const {text, language} = base
  const provenance = readProvenance(text, language)
  const doc = analyse(text, language, provenance.dateline?.bodyStart ?? 0, base)
  const registry = new EntityRegistry(text, language)

  let datelineOutlet: EntityRecord | null = null
  if (provenance.dateline?.outlet && provenance.dateline.outletSpan) {
    const {start, end} = provenance.dateline.outletSpan
    // The outlet as the dateline writes it (`KOMPAS`, `REPUBLIKA.CO.ID`) is an alias of its canonical name.
    const written = provenance.dateline.outletText
    datelineOutlet = registry.body('outlet', provenance.dateline.outlet, start, end, written && written !== provenance.dateline.outlet ? [written] : [])
  }
  const sources = provenance.sources.map((source) => registry.body('outlet', source.name, source.span.start, source.span.end))
  let publisher = datelineOutlet
  if (provenance.copyright) {
    const start = text.indexOf(provenance.copyright.holder, provenance.copyright.span.start)
    const holder = registry.body('outlet', provenance.copyright.holder, start, start < 0 ? start : start + provenance.copyright.holder.length)
    publisher ??= holder
  }

  // Outlets the story relays (`dikutip dari Reuters`) are sources too.
  for (const relayed of findRelayedSources(doc)) {
    const record = registry.body('outlet', relayed.name, relayed.start, relayed.end)
    if (!sources.includes(record)) {
      sources.push(record)
      provenance.sources.push({name: relayed.name, span: {start: relayed.start, end: relayed.end}})
    }
  }
  const statements = findStatements(doc)
  const people = findPersonMentions(doc)
  const attributions = resolveSpeakers(doc, statements, registry, people, findPassiveSpeakers(doc))
  // With no outlet in the dateline or the copyright line, the body names the publisher; a dateline of a place alone
  // (`BEKASI -`) is then that outlet's.
  publisher ??= publisherInBody(doc, registry, attributions, sources)
  if (publisher && !datelineOutlet && provenance.dateline?.place) datelineOutlet = publisher
  linkAcronyms(doc, registry)
  registry.foldHeadOnlyOrganizations()
  return buildGraph({doc, statements, attributions, registry, provenance, publisher, datelineOutlet, sources})
}
