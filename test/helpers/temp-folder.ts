/**
 * A folder of files for one test, under the system's temp directory, removed
 * when the test process exits (ava runs each test file in its own process).
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const made: string[] = []
process.on('exit', () => {
  for (const dir of made) rmSync(dir, {recursive: true, force: true})
})

/** Writes `files` (relative path → content) into a new folder named `prefix…`; returns its path. */
export function tempFolder(prefix: string, files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(root)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    writeFileSync(path.join(root, name), content)
  }
  return root
}
