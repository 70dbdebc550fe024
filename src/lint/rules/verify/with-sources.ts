/**
 * For the lint preset: give the verification rules the configured sources
 * without the user repeating them per rule. `withSources(setting, sources)`
 * keeps the rule's severity and options and adds `sources` unless the
 * setting names its own.
 *
 *   withSources(undefined, index)               → {sources: index}
 *   withSources('warn', index)                  → ['warn', {sources: index}]
 *   withSources(['error', {}], index)           → ['error', {sources: index}]
 *   withSources('off', index)                   → 'off'
 */
import type {SourceInput} from '../../../verify/source-document.ts'
import type {SourceIndex} from '../../../verify/source-index.ts'
import {verificationRules} from './index.ts'

/** The rule ids that take `{sources}`. */
export const verificationRuleIds: ReadonlySet<string> = new Set(verificationRules.map((rule) => rule.meta.id))

export function withSources(setting: unknown, sources: SourceIndex | readonly SourceInput[] | undefined): unknown {
  if (sources === undefined) return setting
  if (setting === undefined || setting === null || setting === true) return {sources}
  if (setting === 'off' || setting === 0 || setting === false) return setting
  if (Array.isArray(setting)) {
    const [severity, options] = setting as [unknown, Record<string, unknown> | undefined]
    return [severity, {sources, ...(options ?? {})}]
  }
  if (typeof setting === 'object') return {sources, ...(setting as Record<string, unknown>)}
  return [setting, {sources}]
}
