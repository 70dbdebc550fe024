/**
 * Speaker turns of a transcript: lines that begin with a name and a colon
 * (`Rahmat Hidayat: Kami sudah …`). A turn runs until the next turn starts.
 * A document counts as a transcript only with at least two such lines, so a
 * single `Catatan: …` line makes no speaker. Labels that name a role in the
 * interview rather than a person (`T`, `J`, `Wartawan`, `Tanya`) give turns
 * without a speaker.
 */
import {getLanguage, type Language} from '../lang/index.ts'

export interface SpeakerTurn {
  start: number
  end: number
  /** The person speaking, or null for interview labels (`Wartawan:`, `J:`). */
  speaker: string | null
}

// A capitalised name of at most 60 characters, then a colon and a space, at the start of a line.
const turnStart = /^[ \t]*(\p{Lu}[\p{L}.'’ -]{0,60}?)[ \t]*:[ \t]+/gmu

export function speakerTurns(text: string, language: Language = getLanguage()): SpeakerTurn[] {
  // Labels at the start of a line that are not speakers, and interview labels (`T:`, `Wartawan:`).
  const {transcriptNonSpeakers: notSpeakers, interviewLabels: labels} = language.comparison
  const starts: Array<{start: number; speaker: string | null}> = []
  let interviewLines = 0
  for (const match of text.matchAll(turnStart)) {
    const label = match[1].trim()
    const lower = label.toLowerCase()
    if (notSpeakers.has(lower) && !labels.has(lower)) continue
    if (labels.has(lower)) interviewLines++
    starts.push({start: match.index + match[0].length, speaker: labels.has(lower) ? null : label})
  }
  if (starts.length - interviewLines < 1 || starts.length < 2) return []
  return starts.map((turn, index) => {
    const next = starts[index + 1]
    let end = next === undefined ? text.length : text.lastIndexOf('\n', next.start)
    if (end < turn.start) end = next?.start ?? text.length
    return {start: turn.start, end, speaker: turn.speaker}
  })
}
