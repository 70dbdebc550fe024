/** Every rule, in the order they run and are documented (the verification rules, in ./verify, read src/verify). */
import ambiguousSpeaker from './ambiguous-speaker.ts'
import anonymousSource from './anonymous-source.ts'
import firstReference from './first-reference.ts'
import inconsistentName from './inconsistent-name.ts'
import missingCredit from './missing-credit.ts'
import mixedSpeakers from './mixed-speakers.ts'
import nonNeutralCue from './non-neutral-cue.ts'
import quotePunctuation from './quote-punctuation.ts'
import quoteStyle from './quote-style.ts'
import unattributedQuote from './unattributed-quote.ts'
import unbalancedQuote from './unbalanced-quote.ts'
import type {LintRule} from '../rule.ts'
import {verificationRules} from './verify/index.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: ReadonlyArray<LintRule<any>> = [
  unattributedQuote,
  ambiguousSpeaker,
  firstReference,
  inconsistentName,
  unbalancedQuote,
  quotePunctuation,
  anonymousSource,
  missingCredit,
  mixedSpeakers,
  nonNeutralCue,
  quoteStyle,
  // Verification against sources (src/verify): silent until `[severity, {sources}]` is configured.
  ...verificationRules
]

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

/** The rules whose findings are about what the text says, not its marks (RuleMeta.advisory): a fix never waits on them. */
export const advisoryRuleIds: ReadonlySet<string> = new Set(rules.filter((rule) => rule.meta.advisory === true).map((rule) => rule.meta.id))
