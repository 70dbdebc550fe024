/**
 * Where a configuration is: the nearest `.kutiprc`, `.kutiprc.json`,
 * `.kutiprc.cjs`/`.mjs`/`.js`, `.kutiprc.yaml`/`.yml` or package.json with a
 * `kutip` field, from a folder upwards, as unified-engine finds it. Read by
 * lint's quick path (fast-path.ts), `--print-config`, and the CLI's choice of
 * locale (which must not load the linter to read one field).
 */
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {t} from '../lang/messages.ts'

export const configNames = ['.kutiprc', '.kutiprc.json', '.kutiprc.cjs', '.kutiprc.mjs', '.kutiprc.js', '.kutiprc.yaml', '.kutiprc.yml', 'package.json']
export const scriptNames = new Set(['.kutiprc.cjs', '.kutiprc.mjs', '.kutiprc.js'])

export type Found = {kind: 'none'} | {kind: 'file'; path: string; raw: unknown} | {kind: 'script'; path: string}

export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

async function parseRaw(file: string): Promise<unknown> {
  const text = readFileSync(file, 'utf8')
  const base = path.basename(file)
  if (base.endsWith('.yml') || base.endsWith('.yaml')) {
    const yaml = await import('yaml')
    return yaml.parse(text)
  }
  const data = JSON.parse(text) as Record<string, unknown>
  return base === 'package.json' ? data.kutip : data
}

/** The nearest configuration of a folder, as unified-engine would find it. */
export async function findConfig(folder: string, cache: Map<string, Found>): Promise<Found> {
  const known = cache.get(folder)
  if (known) return known
  let found: Found | undefined
  for (const name of configNames) {
    const candidate = path.join(folder, name)
    if (!isFile(candidate)) continue
    if (scriptNames.has(name)) {
      found = {kind: 'script', path: candidate}
      break
    }
    let raw: unknown
    try {
      raw = await parseRaw(candidate)
    } catch (error) {
      throw new Error(`${candidate}: ${t('config.cannot-parse', {reason: (error as Error).message.split('\n')[0]!})}`)
    }
    if (name === 'package.json' && raw === undefined) continue
    found = {kind: 'file', path: candidate, raw}
    break
  }
  if (!found) {
    const parent = path.dirname(folder)
    found = parent === folder ? {kind: 'none'} : await findConfig(parent, cache)
  }
  cache.set(folder, found)
  return found
}

/** A configuration file read: JSON, YAML, `package.json`'s `kutip` field, or a script's default export. */
export async function loadConfigFile(file: string): Promise<unknown> {
  if (/\.(c|m)?js$/u.test(file)) return ((await import(pathToFileURL(file).href)) as {default?: unknown}).default
  const text = readFileSync(file, 'utf8')
  if (path.basename(file) === 'package.json') return (JSON.parse(text) as {kutip?: unknown}).kutip
  const yaml = await import('yaml')
  return yaml.parse(text)
}

/**
 * The configuration that applies in `folder`: the file `rcPath` names (from `folder`), else the nearest one found
 * from `folder` up; its path and contents, or null where there is none.
 */
export async function readConfig(folder: string, rcPath?: string): Promise<{path: string; raw: unknown} | null> {
  if (rcPath !== undefined) {
    const file = path.resolve(folder, rcPath)
    return {path: file, raw: await loadConfigFile(file)}
  }
  const found = await findConfig(folder, new Map())
  if (found.kind === 'none') return null
  return {path: found.path, raw: found.kind === 'file' ? found.raw : await loadConfigFile(found.path)}
}
