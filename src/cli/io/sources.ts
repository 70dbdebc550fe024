/**
 * Source documents for `kutip verify --sources` and `kutip report --sources`,
 * read the way every draft is read (files.ts, read-input.ts): folders walked
 * without leaving them, encodings decoded, binary files, FIFOs and devices
 * refused. Each file's text is parsed by verify's `parseSource` (markup
 * stripped, `.jsonl` split into records).
 *
 *   const documents = await readSources(['pers/', 'wawancara.jsonl'], problems, out)   // problems: one line each
 */
import {parseSource, sourceFormat} from '../../verify/load-sources.ts'
import type {SourceDocument} from '../../verify/source-document.ts'
import {draftExtensions} from './files.ts'
import type {Output} from './output.ts'
import type {Problems} from './problems.ts'
import {readInputs} from './read-input.ts'

/** What a folder of sources is searched for: drafts and JSON Lines records. */
export const sourceExtensions: readonly string[] = [...draftExtensions, '.jsonl', '.ndjson']

/** `out`: the command's output, which no source may be (refused with an OutputError); `files`: filled with each file's text as read. */
export async function readSources(paths: readonly string[], problems: Problems, out?: Output, files?: Map<string, string>): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = []
  for await (const {path, read} of readInputs(paths, {extensions: sourceExtensions, problems, out})) {
    files?.set(path, read.text)
    const lineProblems: string[] = []
    documents.push(...parseSource(read.text, path, sourceFormat(path) ?? 'text', lineProblems))
    for (const problem of lineProblems) {
      // parseSource names the line: `<file>:12: not JSON (…)`.
      const rest = problem.slice(path.length)
      const at = rest.indexOf(': ')
      problems.report(path + rest.slice(0, at), rest.slice(at + 2))
    }
  }
  return documents
}
