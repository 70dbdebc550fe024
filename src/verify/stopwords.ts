/**
 * Content words and negation, over the language's comparison lexicon
 * (src/lang/id/comparison.ts): which words carry what a statement says when
 * indirect speech is compared with a source sentence by overlap, and whether
 * a run of words is negated.
 */
import {getLanguage} from '../lang/index.ts'

const {stopwords, negations} = getLanguage().comparison

/** The words of a text that carry content: not stopwords, not single characters. */
export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !stopwords.has(norm)
}

/**
 * Whether a run of words is negated (an odd number of negation words): a
 * paraphrase must keep them (`tidak akan naik` is not `akan naik`).
 */
export function isNegated(norms: Iterable<string>): boolean {
  let count = 0
  for (const norm of norms) if (negations.has(norm)) count++
  return count % 2 === 1
}
