/**
 * The shipped name model's recipe, in one place for `npm run train` and the
 * ablations of `npm run eval:names`: which data (by licence: the NER sets'
 * train files, the gazetteer, our corpus/, synthetic sentences), which
 * features, how many epochs, which seed.
 */
import {indonesianNames} from '../../src/lang/id/name-reader.ts'
import type {NameModel} from '../../src/names/model.ts'
import {trainNameModel, type LabelledText} from '../../src/names/train.ts'
import {gazetteer, nerSets, ownCorpus, ownNames, wordSets} from './data.ts'
import {syntheticTexts} from './synthetic.ts'

export interface Recipe {
  epochs: number
  seed: number
  /** Synthetic sentences (0: none). */
  synthetic: number
  lexicon: boolean
  wordSets: boolean
  /** Features seen in fewer training tokens are left out. */
  minCount: number
}

export const shippedRecipe: Recipe = {epochs: 12, seed: 20251207, synthetic: 4000, lexicon: true, wordSets: true, minCount: 2}

/** Weights below this magnitude are not shipped (src/names/model.ts encodeModel). */
export const shippedMinWeight = 0.05

export interface TrainingData {
  texts: LabelledText[]
  counts: Record<string, number>
}

export async function trainingData(recipe: Recipe): Promise<TrainingData & {persons: string[]; organizations: string[]; commonNames: string[]}> {
  const common = ownNames()
  const persons = gazetteer.persons()
  const organizations = gazetteer.organizations()
  const idner = nerSets.idnerTrain()
  const nergrit = nerSets.nergritTrain()
  const own = ownCorpus(indonesianNames)
  const newsPersons = [...idner, ...nergrit].flatMap(({text, names}) => names.filter((name) => name.kind === 'PER').map((name) => text.slice(name.start, name.end)))
  const synthetic = recipe.synthetic > 0 ? syntheticTexts(recipe.synthetic, recipe.seed, {persons, newsPersons, organizations, given: common.given, family: common.family, cities: common.cities}) : []
  return {
    texts: [...idner, ...nergrit, ...own, ...synthetic],
    counts: {idner: idner.length, nergrit: nergrit.length, corpus: own.length, synthetic: synthetic.length},
    persons,
    organizations,
    commonNames: [...common.given, ...common.family]
  }
}

export async function trainWithRecipe(recipe: Recipe, log: (line: string) => void = () => {}): Promise<NameModel> {
  const data = await trainingData(recipe)
  log(`training sentences: ${Object.entries(data.counts).map(([name, count]) => `${name} ${count}`).join(', ')}`)
  const sets = recipe.wordSets ? wordSets(data.persons, data.organizations, data.texts, data.commonNames) : new Map<string, Set<number>>()
  return trainNameModel(data.texts, indonesianNames, {
    epochs: recipe.epochs,
    seed: recipe.seed,
    features: {lexicon: recipe.lexicon, wordSets: recipe.wordSets},
    sets,
    minCount: recipe.minCount,
    notes: {...data.counts, data: 'idner-news-2k train (MIT), NERGrit train (Apache-2.0), MDEE gazetteer (Alfina et al.), our common names (src/lang/id/common-names.ts), corpus/, synthetic'},
    onEpoch: (epoch, errorRate) => log(`epoch ${epoch}: ${(errorRate * 100).toFixed(1)}% of sentences wrong`)
  })
}
