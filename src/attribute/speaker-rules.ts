/**
 * The speaker rules (sieves), in order of precision, as in CoreNLP's quote
 * attribution: the graph's `rule` after the slash names the one that decided
 * a quote's speaker, and its confidence is the quote's.
 *
 * resolve.ts tries them in two passes: first what the cue itself names
 * (`name` … `title`), then what the context gives (`shared` … `unresolved`).
 * Where the context decides (`pronoun`, `title-from-context`, `anaphoric` …),
 * the antecedent ranker may choose the person instead of the nearest salient
 * one (antecedent-ranker.ts); the rule's id stays the cue's form.
 */
export const speakerRules = [
  {id: 'name', confidence: 0.95, reads: 'a name at the cue → that person (a surname alone joins the fullest form the text gives)'},
  {id: 'outlet', confidence: 0.9, reads: 'an outlet at the cue (`kantor berita Reuters`)'},
  {id: 'organization', confidence: 0.9, reads: 'an organisation at the cue (`Kementerian Luar Negeri`, a defined acronym)'},
  {id: 'anonymous', confidence: 0.85, reads: 'an unnamed source at the cue, with its affiliation (`seorang pejabat di Kementerian …`)'},
  {id: 'group', confidence: 0.6, reads: 'a group at the cue (`warga`, a candidate pair `Anna Morinda-Frizt Akhmad Nuzir`)'},
  {id: 'title', confidence: 0.8, reads: 'a bare title (`kata Presiden`) → the person the text gave that role, the nearest before'},
  {id: 'shared', confidence: 0.85, reads: 'a split or continued quote, a coordinated cue, `laporan itu` → the speaker of the statement it belongs to'},
  {id: 'pronoun', confidence: 0.75, reads: 'a pronoun at the cue (`ia`, `dia`) → the nearest earlier salient person'},
  {id: 'plural', confidence: 0.5, reads: 'a plural pronoun at the cue (`mereka`) → the nearest earlier salient speaker'},
  {id: 'description', confidence: 0.7, reads: 'a description closed by a demonstrative (`kata politisi senior itu`) → the nearest earlier salient person, who takes its role'},
  {id: 'title-from-context', confidence: 0.5, reads: 'a bare title no one in the text holds → the nearest earlier salient person'},
  {id: 'anaphoric', confidence: 0.7, reads: 'a cue that points back (`katanya`, `lanjutnya`) → the nearest earlier salient person'},
  {id: 'floating', confidence: 0.5, reads: 'a quote with no cue → the nearest earlier salient person'},
  {id: 'title-unresolved', confidence: 0.4, reads: 'a bare title with no one before it → the title itself names the speaker'},
  {id: 'unresolved', confidence: 0.2, reads: 'no one before it: no speaker'}
] as const

export type SpeakerRuleId = (typeof speakerRules)[number]['id']

const confidences = new Map<SpeakerRuleId, number>(speakerRules.map((rule) => [rule.id, rule.confidence]))

/** How sure a speaker read by the rule is. */
export function confidenceOf(rule: SpeakerRuleId): number {
  return confidences.get(rule)!
}
