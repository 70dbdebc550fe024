/**
 * `npm run train`: rebuilds the name reader's weights (src/lang/id/name-model.ts)
 * from licence-clean data only (scripts/names/recipe.ts). Deterministic: the
 * same data give the same file, byte for byte.
 *
 *   npm run train            write src/lang/id/name-model.ts
 *   npm run train -- --check fail if the file differs from a fresh training
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {encodeModel} from '../src/names/model.ts'
import {repoRoot} from './eval/paths.ts'
import {nerDataPresent} from './names/data.ts'
import {shippedMinWeight, shippedRecipe, trainWithRecipe} from './names/recipe.ts'

const target = path.join(repoRoot, 'src', 'lang', 'id', 'name-model.ts')

if (!nerDataPresent()) {
  console.error('kutip train: ../shared/ner is missing (the NER sets and gazetteer); nothing trained')
  process.exit(1)
}
const started = performance.now()
const model = await trainWithRecipe(shippedRecipe, (line) => console.log(line))
const base64 = encodeModel(model, {minWeight: shippedMinWeight})
const source = [
  '// Written by `npm run train` (scripts/train.ts) from idner-news-2k (MIT), NERGrit (Apache-2.0), the MDEE gazetteer',
  "// (Alfina et al. 2016, 2017; DBpedia, CC BY-SA), our common names, corpus/ and synthetic sentences; see NOTICE.",
  '// Do not edit.',
  `export const nameModel: string = '${base64}'`,
  ''
].join('\n')
console.log(`features kept: ${model.rows.size} trained; file ${(Buffer.byteLength(source) / 1024).toFixed(0)} KiB; ${((performance.now() - started) / 1000).toFixed(1)} s`)
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === source
  console.log(same ? 'name-model.ts is up to date' : 'name-model.ts differs from a fresh training')
  process.exit(same ? 0 : 1)
}
const temporary = target + '.tmp'
writeFileSync(temporary, source)
renameSync(temporary, target)
console.log(`wrote ${path.relative(repoRoot, target)}`)
