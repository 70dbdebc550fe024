/**
 * The engine's reading of a text, as lint and verify share it: its tokens,
 * quote marks and sentences — the engine's text base (readTextBase,
 * src/extract/document.ts), the very object its analysis starts from when it
 * is handed one (`extractReading`, src/pipeline.ts), so what lint and verify
 * take for a word, a quote or a sentence is what the graph takes for one, and
 * a lint run reads its text once.
 */
import {readTextBase, type TextBase} from '../extract/document.ts'
import {getLanguage, type Language} from '../lang/index.ts'

export type TextReading = TextBase

export function readText(text: string, language: Language = getLanguage()): TextReading {
  return readTextBase(text, language)
}
