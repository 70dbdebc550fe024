/**
 * English messages: every sentence kutip says to people (lint rules, verify,
 * reports, CLI errors), by key. This catalog defines the keys; every other
 * language's catalog (`src/lang/<code>/messages.ts`) gives a text for each.
 * `{name}` is a parameter (src/lang/messages.ts `t`).
 */
export const messages = {
  // Lint rules (reason of each vfile message; ruleId, url, actual and expected do not change with the locale).
  'unattributed-quote': 'Quote has no speaker a reader could identify: add a cue and a name (`"…," kata …`)',
  'ambiguous-speaker.no-antecedent': '`{cue}` has no earlier speaker: name the speaker before using a pronoun',
  'ambiguous-speaker.candidates': '`{cue}` could be {names} or {last}: name the speaker',
  'anonymous-source': '`{source}` is an unnamed source with no affiliation and no reason for anonymity: say where the source works or why it is not named',
  'first-reference.short-name': 'First mention of {name} is `{mention}`: give the full name at the first mention, shorten later',
  'first-reference.no-role': '{name} is quoted without a role: say who they are at the first mention',
  'first-reference.mononym': '{name} is quoted by one name only and never described: give a role or a fuller description at the first mention',
  'inconsistent-name': '`{form}` is spelled `{other}` earlier in the text: use one spelling',
  'missing-credit': 'The story relays reporting by {outlet} but credits no source: add a `Sumber:` line or an inline credit (`dikutip dari …`)',
  'mixed-speakers': 'Quote by {speaker} follows a quote by {previous} with no attribution between them: name the new speaker first or start a new paragraph',
  'mixed-speakers.another-speaker': 'another speaker',
  'non-neutral-cue': '`{cue}` {why}; a neutral cue such as `{neutral}` reports the statement without judging it',
  'non-neutral-cue.why.doubtful': 'suggests the statement is doubtful',
  'non-neutral-cue.why.excuses': 'suggests the speaker is making excuses',
  'non-neutral-cue.why.evading': 'suggests the speaker is evading',
  'non-neutral-cue.why.confession-or-claim': 'suggests a confession or a doubtful claim',
  'non-neutral-cue.why.confession': 'suggests a confession',
  'non-neutral-cue.why.mocking': 'mocks the speaker',
  'non-neutral-cue.why.loaded': 'is loaded',
  'quote-punctuation.remove-after-mark': 'Remove the `{outside}` after the closing quote mark: the quote already ends with `{inner}`',
  'quote-punctuation.comma-inside': 'Put the comma inside the closing quote mark: `{actual}` → `{expected}`',
  'quote-punctuation.replaces-comma-before': '`{mark}` replaces the comma: remove the `,` before it',
  'quote-punctuation.replaces-comma-after': '`{mark}` replaces the comma: remove the `{extra}` after it',
  'quote-punctuation.comma-not-stop': 'Use a comma, not a full stop, before the cue: `{actual}` → `{expected}`',
  'quote-punctuation.add-comma': 'Add a comma inside the closing quote mark before the cue: `{actual}` → `{expected}`',
  'quote-punctuation.lower-case-cue': 'The cue after a quote is lower case: `{actual}` → `{expected}`',
  'quote-punctuation.stop-inside': 'Put the full stop inside the closing quote mark: `{actual}` → `{expected}`',
  'quote-punctuation.remove-stop': 'Remove the full stop after `{mark}`',
  'quote-style.straight-quote': 'Unexpected straight quote `{actual}`, expected `{expected}`',
  'quote-style.smart-quote': 'Unexpected smart quote `{actual}`, expected `{expected}`',
  'quote-style.straight-apostrophe': 'Unexpected straight apostrophe `{actual}`, expected `{expected}`',
  'quote-style.smart-apostrophe': 'Unexpected smart apostrophe `{actual}`, expected `{expected}`',
  'quote-style.nesting': 'Unexpected `{actual}` at this level of nesting, expected `{expected}`',
  'unbalanced-quote.unclosed': 'Opening quote mark `{mark}` is never closed in its paragraph',
  'unbalanced-quote.unopened': 'Closing quote mark `{mark}` has no opening mark before it in its paragraph',
  'misquote': 'Quote differs from `{document}`: {detail}',
  'misquote.note': 'Word diff (source → quote): {diff}',
  'misattributed': '{detail}',
  'misattributed.note': 'Source: {document} {start}–{end}: “{text}”',
  'unsupported-quote': 'Quote not found in the sources: {detail}',
  'unsupported-quote.note': 'Best overlap with a source: {percent}%',

  // verify's text output (src/verify/format-text.ts).
  'verify.paraphrase': 'paraphrase',

  // The CLI's own errors.
  'cli.file-not-found': '{path}: no such file',
  'cli.binary-file': '{path}: a binary file, not text',
  'cli.no-files-match': 'no files match {pattern}',
  'cli.unknown-option': 'unknown option {option}',
  'cli.did-you-mean': 'did you mean {suggestion}?',
  'cli.missing-value': 'option {option} needs a value',
  'cli.invalid-locale': 'unknown locale `{locale}` (known: {known})',
  'cli.cannot-write': 'cannot write {path}: {reason}',
  'cli.cannot-read': 'cannot read {path}: {reason}',
  'cli.too-many-warnings': 'too many warnings: {count} (at most {max} allowed by --max-warnings)',
  'cli.config-error': '{path}: {reason}'
} as const satisfies Record<string, string>
