/**
 * The name reader as the package ships it: the weights and the NOTICE that
 * credits their data are in the tarball, and the built reader loads the
 * weights under plain `node` (no tsx). Needs the build (`npm run build`);
 * without dist/ the build-dependent test is skipped.
 */
import test from 'ava'
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {needs} from './helpers/needs.ts'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

test('the tarball carries the NOTICE and, when built, the weights and the reader', async (t) => {
  t.timeout(120_000)
  const {stdout} = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, maxBuffer: 64 * 1024 * 1024})
  const files = new Set((JSON.parse(stdout) as Array<{files: Array<{path: string}>}>)[0]!.files.map((file) => file.path))
  t.true(files.has('NOTICE'))
  if (!existsSync(path.join(root, 'dist', 'names', 'tagger.js'))) {
    t.log('skipped the built files: dist/ is not built (run `npm run build`)')
    return
  }
  for (const file of ['dist/lang/id/name-model.js', 'dist/lang/id/name-reader.js', 'dist/names/tagger.js']) t.true(files.has(file), file)
})

needs(path.join(root, 'dist', 'names', 'tagger.js'))('the built reader loads the shipped weights under plain node and bounds a name', async (t) => {
  t.timeout(60_000)
  const script = [
    "import {tokenize} from './dist/extract/tokens.js'",
    "import {indonesianNames} from './dist/lang/id/name-reader.js'",
    "import {nameTaggerFor} from './dist/names/tagger.js'",
    "const text = 'Awalnya Budi Hartono menjelaskan bahwa jembatan itu rusak.'",
    "console.log(JSON.stringify(nameTaggerFor(indonesianNames).names(tokenize(text).slice()).map((span) => [span.kind, text.slice(span.start, span.end)])))"
  ].join('\n')
  const {stdout} = await run(process.execPath, ['--input-type=module', '-e', script], {cwd: root})
  t.deepEqual(JSON.parse(stdout), [['PER', 'Budi Hartono']])
})
