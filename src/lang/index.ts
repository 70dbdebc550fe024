/** Languages kutip knows, by code. */
import type {Language} from './language.ts'
import {indonesian} from './id/index.ts'

const languages = new Map<string, Language>([['id', indonesian]])

export function getLanguage(code = 'id'): Language {
  const language = languages.get(code)
  if (!language) {
    throw new Error(`kutip: unknown language '${code}' (known: ${[...languages.keys()].join(', ')})`)
  }
  return language
}

export type {Language} from './language.ts'
