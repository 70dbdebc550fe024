/**
 * What the trained name reader (src/names) needs from a language, as data:
 * the classes its lexicons put a word in (`rank`, `role`, `org-head`, …),
 * the affixes worth a feature, where a full stop does not end a sentence,
 * and the trained weights. `src/lang/id/name-reader.ts` gives it for
 * Indonesian; the tagger itself knows no language.
 */
export interface NameReaderKnowledge {
  /** Language code of the weights (`id`). */
  code: string
  /**
   * The lexicon classes of a lower-case word (`kata` → `cue-inverted`; `komisaris` → `rank`, `role`).
   * Each class is one feature; the tagger learns what it means for a name's boundary.
   */
  wordClasses: ReadonlyMap<string, readonly string[]>
  /** Word-initial letters that mark a verb or a derived word (`meng`, `di`, `ber`): a feature when a word opens with one. */
  prefixes: readonly string[]
  /** Word-final letters that mark a possessive or a derived word (`nya`, `kan`, `an`). */
  suffixes: readonly string[]
  /** Lower-case words after which a full stop does not end a sentence (`dr`, `prof`, single letters). */
  abbreviations: ReadonlySet<string>
  /** The trained weights (src/names/model.ts format, base64), read once, lazily, on the first tagging. */
  model: () => string
}
