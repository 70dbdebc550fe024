/**
 * Indonesian for the trained name reader (src/names): the classes our
 * lexicons put each word in — ranks, honorifics, role nouns, organisation
 * heads, places, cue verbs, sentence openers, degrees … — the affixes of
 * Indonesian morphology, and the trained weights (name-model.ts, written by
 * `npm run train`).
 */
import type {NameReaderKnowledge} from '../name-reader.ts'
import {cues} from './cues.ts'
import {degrees, sentenceOpeners, towns} from './name-lexicons.ts'
import {nameModel} from './name-model.ts'
import {outlets} from './outlets.ts'
import {persons} from './persons.ts'
import {text} from './text.ts'

/** Class name → the words in it (multi-word entries give each of their words). */
const lexicons: Array<[string, Iterable<string | readonly string[]>]> = [
  ['rank', persons.ranks],
  ['honorific', persons.honorifics],
  ['corps', persons.corps],
  ['role', persons.roleHeads],
  ['role', persons.compoundRoles],
  ['role-word', persons.roleWords],
  ['company-title', persons.companyTitles],
  ['org-head', persons.organizationHeads],
  ['institutional', persons.institutionalWords],
  ['place', persons.places],
  ['place', towns],
  ['compass', persons.compassWords],
  ['place-head', persons.placeTakingHeads],
  ['place-noun', text.placeNouns],
  ['facility', persons.facilityHeads],
  ['resident', persons.residentNouns],
  ['name-title', persons.nameTitles],
  ['name-prefix', persons.namePrefixes],
  ['particle', persons.nameParticles],
  ['kin', persons.kinNouns],
  ['pronoun', persons.pronouns],
  ['pronoun', persons.pluralPronouns],
  ['anonymous', persons.anonymousHeads],
  ['group', persons.groupHeads],
  ['quantifier', persons.quantifiers],
  ['adverb', persons.adverbs],
  ['function', persons.functionWords],
  ['subordinator', persons.subordinators],
  ['reference', persons.referenceNouns],
  ['nickname', persons.nicknameMarkers],
  ['non-speaker', persons.nonSpeakers],
  ['foreign-connector', persons.foreignConnectors],
  ['cue-inverted', cues.inverted],
  ['cue-anaphoric', cues.anaphoric],
  ['cue-clausal', cues.clausal],
  ['cue-passive', cues.passive],
  ['according', cues.according],
  ['complementizer', cues.complementizers],
  ['calendar', text.calendar],
  ['locative', text.locatives],
  ['affiliation', text.affiliationPrepositions],
  ['demonstrative', text.demonstratives],
  ['connector', text.nameConnectors],
  ['copula', text.copulas],
  ['relative', text.relativePronouns],
  ['outlet', outlets.outlets.keys()],
  ['opener', sentenceOpeners],
  ['degree', degrees]
]

function wordClasses(): Map<string, string[]> {
  const classes = new Map<string, string[]>()
  for (const [name, entries] of lexicons) {
    for (const entry of entries) {
      for (const word of typeof entry === 'string' ? entry.split(' ') : entry) {
        const list = classes.get(word) ?? []
        if (!list.includes(name)) list.push(name)
        classes.set(word, list)
      }
    }
  }
  return classes
}

export const indonesianNames: NameReaderKnowledge = {
  code: 'id',
  wordClasses: wordClasses(),
  prefixes: ['meng', 'meny', 'mem', 'men', 'me', 'di', 'ber', 'ter', 'per', 'pe', 'ke', 'se'],
  suffixes: ['nya', 'kan', 'an', 'i', 'lah', 'kah'],
  abbreviations: text.abbreviations,
  model: () => nameModel
}
