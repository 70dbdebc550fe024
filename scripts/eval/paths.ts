/**
 * Where the evaluation data lives: `../shared` next to the repository root,
 * resolved from this file so that the eval does not depend on the cwd.
 */
import {fileURLToPath} from 'node:url'
import path from 'node:path'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const sharedDir = path.resolve(repoRoot, '..', 'shared')
export const corpusFile = path.join(sharedDir, 'corpus', 'pfsa-id-dev.jsonl')
export const seedDir = path.join(sharedDir, 'seed')
/** The project's own articles: `corpus/NAME.txt` with `corpus/NAME.expected.json`. */
export const ownCorpusDir = path.join(repoRoot, 'corpus')
/** The second outlet's texts (no gold of their own) and our blind hand reading of a sample of them. */
export const detikFile = path.join(sharedDir, 'corpus', 'detik-dev.jsonl')
export const detikGoldFile = path.join(repoRoot, 'gold', 'detik-dev.jsonl')
