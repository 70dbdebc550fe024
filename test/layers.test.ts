/**
 * One-way layers on the consumer side: no folder of src/ imports a folder
 * that imports it back (directly or round a loop) where lint, verify, report,
 * cli, the shared text and markup folders or the package's root files (the
 * plugin, the pipeline) take part — lint may use verify, never the reverse;
 * nothing below the CLI reaches into it.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'

const src = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), 'src')

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sourcesUnder(full) : name.endsWith('.ts') ? [full] : []
  })
}

/** The folder of `file` under src/ (`lint`, `verify` …), or `.` for the root files. */
function unitOf(file: string): string {
  const relative = path.relative(src, file).split(path.sep)
  return relative.length > 1 ? relative[0]! : '.'
}

/** Folder → the folders its files import (static and dynamic imports of relative paths). */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of sourcesUnder(src)) {
    const from = unitOf(file)
    const targets = graph.get(from) ?? new Set<string>()
    graph.set(from, targets)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:^import[^'"\n]*|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/gmu)) {
      const to = unitOf(path.resolve(path.dirname(file), match[1]!))
      if (to !== from) targets.add(to)
    }
  }
  return graph
}

/** The folders that can reach themselves through imports. */
function inLoops(graph: Map<string, Set<string>>): Set<string> {
  const looping = new Set<string>()
  for (const start of graph.keys()) {
    const seen = new Set<string>()
    const stack = [...(graph.get(start) ?? [])]
    while (stack.length > 0) {
      const unit = stack.pop()!
      if (unit === start) {
        looping.add(start)
        break
      }
      if (seen.has(unit)) continue
      seen.add(unit)
      stack.push(...(graph.get(unit) ?? []))
    }
  }
  return looping
}

test('no import loop reaches lint, verify, report, cli, text, markup or the root files', (t) => {
  const graph = folderImports()
  t.true(graph.has('lint') && graph.has('verify') && graph.has('text') && graph.has('markup'), 'the folders were read')
  const consumers = ['lint', 'verify', 'report', 'cli', 'text', 'markup', '.']
  t.deepEqual([...inLoops(graph)].filter((unit) => consumers.includes(unit)).sort(), [])
})

test('verify does not import lint, and nothing but the CLI imports the CLI', (t) => {
  const graph = folderImports()
  t.false(graph.get('verify')!.has('lint'))
  t.deepEqual([...graph.entries()].filter(([unit, targets]) => unit !== 'cli' && targets.has('cli')).map(([unit]) => unit), [])
  for (const low of ['text', 'markup']) t.deepEqual([...graph.get(low)!].filter((unit) => ['lint', 'verify', 'report', 'cli', '.'].includes(unit)), [], `${low} stays below the consumers`)
})
