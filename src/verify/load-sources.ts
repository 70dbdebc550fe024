/**
 * Reading sources from disk: files or folders (searched recursively) of
 * `.txt`, `.md`, `.html` and `.jsonl` (`{"id", "text", "speaker"?}` per line).
 * Markup is read as prose with the markup-to-text map lint reads drafts
 * with (src/markup); other files in a
 * folder are skipped, a file named explicitly with another extension is read
 * as plain text.
 */
import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {readMarkup} from '../markup/read.ts'
import type {SourceDocument, SourceFormat} from './source-document.ts'

export interface LoadedSources {
  documents: SourceDocument[]
  /** Lines or files that could not be read, with the reason. */
  problems: string[]
}

const formats: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl'
}

/** The format a file is read as, from its extension. */
export function sourceFormat(file: string): SourceFormat | undefined {
  return formats[path.extname(file).toLowerCase()]
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true, recursive: true})
  return entries
    .filter((entry) => entry.isFile() && sourceFormat(entry.name) !== undefined && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** Parse one source file's content (already read) into documents. */
export function parseSource(content: string, file: string, format: SourceFormat, problems: string[] = []): SourceDocument[] {
  if (format === 'markdown' || format === 'html') {
    const prose = readMarkup(content, format)
    const offsets = prose.segments.map((segment) => ({plain: segment.viewStart, original: segment.fileStart, length: segment.length}))
    return [{id: file, path: file, format, text: prose.text, offsets}]
  }
  if (format === 'text') return [{id: file, path: file, format, text: content}]
  const documents: SourceDocument[] = []
  const lines = content.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim()
    if (line === '') continue
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch (error) {
      problems.push(`${file}:${index + 1}: not JSON (${(error as Error).message})`)
      continue
    }
    const {id, text, speaker} = (record ?? {}) as {id?: unknown; text?: unknown; speaker?: unknown}
    if (typeof text !== 'string') {
      problems.push(`${file}:${index + 1}: no "text" string`)
      continue
    }
    const name = typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${index + 1}`
    const document: SourceDocument = {id: `${file}#${name}`, path: file, format: 'jsonl', text}
    if (typeof speaker === 'string' && speaker.trim() !== '') document.speaker = speaker.trim()
    documents.push(document)
  }
  return documents
}

const readBatch = 64

/** Read every source under the given files and folders. */
export async function loadSources(paths: readonly string[]): Promise<LoadedSources> {
  const documents: SourceDocument[] = []
  const problems: string[] = []
  for (const given of paths) {
    let files: string[]
    try {
      files = (await stat(given)).isDirectory() ? await filesUnder(given) : [given]
    } catch (error) {
      problems.push(`${given}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`)
      continue
    }
    // Read a batch of files at once (a folder may hold thousands), parse in order.
    for (let from = 0; from < files.length; from += readBatch) {
      const batch = files.slice(from, from + readBatch)
      const contents = await Promise.all(batch.map((file) => readFile(file, 'utf8').catch((error: Error) => error)))
      batch.forEach((file, at) => {
        const content = contents[at]
        if (content instanceof Error) problems.push(`${file}: ${content.message}`)
        else documents.push(...parseSource(content, file, sourceFormat(file) ?? 'text', problems))
      })
    }
  }
  return {documents, problems}
}
