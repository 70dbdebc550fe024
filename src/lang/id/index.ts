/** Indonesian: the language module the engine uses by default. */
import type {Language} from '../language.ts'
import {comparison} from './comparison.ts'
import {cues} from './cues.ts'
import {editorial} from './editorial.ts'
import {messages} from './messages.ts'
import {indonesianNames} from './name-reader.ts'
import {outlets} from './outlets.ts'
import {persons} from './persons.ts'
import {text} from './text.ts'

export const indonesian: Language = {
  code: 'id',
  cues,
  persons,
  outlets,
  text,
  editorial,
  comparison,
  messages,
  names: indonesianNames,
  morphology: {
    verbPrefixes: ['me', 'be', 'te'],
    descriptionVerbPrefixes: ['me', 'ber'],
    passivePrefix: 'di',
    possessiveSuffix: 'nya',
    // ke-…-an and pe(N)-…-an field nouns (`Kepegawaian`, `Penataan`).
    institutionalCircumfixes: [{prefix: 'ke', suffix: 'an', minLength: 8}, {prefix: 'pe', suffix: 'an', minLength: 8}],
    // -asi, -isme, -itas nouns (`Koordinasi`, `Terorisme`, `Komunitas`): none of the 1,300 words of the dev corpus's
    // speakers' names ends so.
    abstractNounSuffixes: [{prefix: '', suffix: 'asi', minLength: 7}, {prefix: '', suffix: 'isme', minLength: 7}, {prefix: '', suffix: 'itas', minLength: 7}],
    organizationPrefixes: ['kemen']
  }
}
