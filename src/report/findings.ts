/**
 * Lint findings from vfile messages (or anything shaped like them) into the
 * flat form reports show: rule, message, severity, offsets.
 */
import type {ReportFinding, FindingInput} from './model.ts'

export function normaliseFindings(inputs: FindingInput[]): ReportFinding[] {
  return inputs.map((input) => {
    const [start, end] = offsets(input)
    return {
      ruleId: input.ruleId ?? null,
      message: String(input.reason ?? input.message ?? ''),
      severity: input.fatal === true ? 'error' : input.fatal === false ? 'warning' : 'info',
      start,
      end,
      url: input.url ?? null,
      actual: input.actual ?? null,
      expected: Array.isArray(input.expected) ? input.expected.map(String) : []
    }
  })
}

function offsets(input: FindingInput): [number | null, number | null] {
  if (typeof input.start === 'number') return [input.start, typeof input.end === 'number' ? input.end : null]
  const place = input.place
  if (place && 'start' in place) return [place.start.offset ?? null, place.end?.offset ?? null]
  if (place && 'offset' in place) return [place.offset ?? null, null]
  return [null, null]
}
