/**
 * What a speaker phrase is: the words next to a cue that name who speaks,
 * and what they name (a person by name, a pronoun, a bare title, a
 * description, an unnamed source, an outlet, an organisation or a group).
 *
 * The phrase stage reads them: `phrase-after.ts` and `phrase-before.ts` find
 * where a phrase runs, `name-run.ts` and `name-start.ts` where a name lies in
 * it, `roles.ts` the title and affiliation before or beside the name,
 * `known-bodies.ts` the outlets and organisations it names, and `read.ts`
 * what the whole phrase names.
 */


export type MentionKind =
  | 'name'
  | 'pronoun'
  | 'plural'
  | 'title'
  | 'description'
  | 'anonymous'
  | 'outlet'
  | 'organization'
  | 'group'

export interface TokenRange {
  first: number
  last: number
}

export interface SpeakerPhrase {
  kind: MentionKind
  /** The whole phrase. */
  phrase: TokenRange
  /** The words that name the speaker: the name, the pronoun, the title, or the phrase. */
  mention: TokenRange
  /** Name words without ranks and honorifics (kind `name`), else the entity's name. */
  name: string
  /** The role title before the name (`juru bicara`), if any. */
  title: string | null
  /** The affiliation in the phrase (`Kementerian Pertahanan Korsel`), if any. */
  affiliation: string | null
  /** Other names the phrase gives the same entity (an acronym in parentheses, a long form). */
  aliases: string[]
}
