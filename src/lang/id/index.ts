/** Indonesian: the language module the engine uses by default. */
import type {Language} from '../language.ts'
import {cues} from './cues.ts'
import {outlets} from './outlets.ts'
import {persons} from './persons.ts'
import {text} from './text.ts'

export const indonesian: Language = {
  code: 'id',
  cues,
  persons,
  outlets,
  text,
  morphology: {
    verbPrefixes: ['me', 'be', 'te'],
    passivePrefix: 'di',
    possessiveSuffix: 'nya',
    institutionalCircumfixes: [{prefix: 'ke', suffix: 'an', minLength: 8}, {prefix: 'pe', suffix: 'an', minLength: 9}],
    organizationPrefixes: ['kemen']
  }
}
