/**
 * The column width of a reporter cell without `Intl.Segmenter`, for the lint
 * bundle (see scripts/build.js): vfile-reporter measures every cell with
 * string-width, whose first call loads ICU's segmentation data and compiles
 * the emoji regex, some 20 ms of a `kutip lint draft.txt` that takes 200.
 * The cells of kutip's messages are nearly always made of characters that
 * are one column wide on their own and never join a neighbour into one
 * grapheme (printable ASCII, Latin letters, general punctuation such as
 * `“ ” – …` and the arrows `← ↑ → ↓`): their width is their length.
 * test/lint-bundle-width.test.ts checks every such character, and mixed
 * strings of them, against string-width itself.
 */

// Left out, as string-width gives them two columns (emoji): © ® ‼ ⁉.
const narrow = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u02ff\u2010-\u203b\u203d-\u2048\u204a-\u205e\u2190-\u2193]*$/u

/** The width of `string` when every character is narrow (see above); undefined otherwise. */
export function narrowWidth(string) {
  return narrow.test(string) ? string.length : undefined
}
