/**
 * `npm run snapshot`: proves that a change leaves the engine's graphs byte-identical.
 *
 * It extracts the graph of every text the project measures on — the PFSA-ID dev corpus and the Detik texts
 * (../shared/corpus/, absent on a fresh clone: skipped with a message), the seed article and our own corpus/ —
 * and writes one line per text, `{id, sha256}` of the graph's JSON, to a file outside the repository.
 *
 *   npm run -s snapshot -- --write /tmp/before.jsonl     (before the change)
 *   npm run -s snapshot -- --check /tmp/before.jsonl     (after: exit 1 and the ids that differ)
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {extract} from '../src/pipeline.ts'
import {ownCorpusDir, seedDir, sharedDir} from './eval/paths.ts'

const {values} = parseArgs({options: {write: {type: 'string'}, check: {type: 'string'}}})
if (Boolean(values.write) === Boolean(values.check)) {
  console.error('usage: npm run -s snapshot -- --write FILE | --check FILE')
  process.exit(2)
}

function* texts(): Generator<{id: string; text: string}> {
  for (const name of ['pfsa-id-dev.jsonl', 'detik-dev.jsonl']) {
    const file = path.join(sharedDir, 'corpus', name)
    if (!existsSync(file)) {
      console.error(`snapshot: ${file} is absent; its texts are skipped`)
      continue
    }
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const {id, text} = JSON.parse(line) as {id: string; text: string}
      yield {id, text}
    }
  }
  for (const dir of [seedDir, ownCorpusDir]) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
      yield {id: `${path.basename(dir)}/${name}`, text: readFileSync(path.join(dir, name), 'utf8')}
    }
  }
}

const lines: string[] = []
for (const {id, text} of texts()) {
  let json: string
  try {
    json = JSON.stringify(extract(text))
  } catch (error) {
    json = `threw: ${error instanceof Error ? error.message : String(error)}`
  }
  lines.push(JSON.stringify({id, sha256: createHash('sha256').update(json).digest('hex')}))
}

if (values.write) {
  writeFileSync(values.write, lines.join('\n') + '\n')
  console.log(`snapshot: ${lines.length} graphs written to ${values.write}`)
} else {
  const before = new Map(
    readFileSync(values.check!, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as {id: string; sha256: string})
      .map(({id, sha256}) => [id, sha256])
  )
  const differ = lines
    .map((line) => JSON.parse(line) as {id: string; sha256: string})
    .filter(({id, sha256}) => before.get(id) !== sha256)
    .map(({id}) => id)
  if (differ.length > 0) {
    console.log(`snapshot: ${differ.length} of ${lines.length} graphs differ: ${differ.slice(0, 40).join(' ')}${differ.length > 40 ? ' …' : ''}`)
    process.exit(1)
  }
  console.log(`snapshot: all ${lines.length} graphs byte-identical to ${values.check}`)
}
