/**
 * Turns hand annotations written against article text into gold kept as offsets, cue words and names only.
 *
 * An annotator writes one JSON file per article, outside the repository (the article text is not ours):
 *
 *   {"id": "detik-0003", "quotes": [
 *     {"kind": "direct" | "mixed" | "indirect",
 *      "content": "exact substring of the article",       // see the rules in gold/README.md
 *      "cue": "exact cue words" | null,                   // e.g. "kata", "ujarnya", "lanjut dia", "Menurut"
 *      "speakerMention": "exact words naming the speaker at this quote" | null,  // "Budi", "dia", "Kapolres"
 *      "speaker": "Fullest name in the article" | null,   // without job titles; an organisation's name if it speaks
 *      "speakerType": "person" | "organization" | "anonymous" | "outlet",
 *      "speakerHow": "explicit" | "coref",
 *      "after": "optional exact snippet the content comes after (to pick one of several equal substrings)"}
 *   ]}
 *
 *   npx tsx scripts/gold/anchor.ts --check DIR          check every DIR/*.json against the article text
 *   npx tsx scripts/gold/anchor.ts --write DIR OUT      check, then write OUT (JSON Lines, offsets only)
 *
 * Quotes are anchored in the order given: each content is searched from the start of the previous one
 * (or from `after`), its cue and speaker mention at the nearest occurrence to the content.
 */
import {existsSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {sharedDir} from '../eval/paths.ts'

interface Annotation {
  kind: 'direct' | 'mixed' | 'indirect'
  content: string
  cue: string | null
  speakerMention: string | null
  speaker: string | null
  speakerType?: 'person' | 'organization' | 'anonymous' | 'outlet'
  speakerHow: 'explicit' | 'coref' | null
  after?: string
}

interface Span {
  start: number
  end: number
}

const kinds = new Set(['direct', 'mixed', 'indirect'])
const types = new Set(['person', 'organization', 'anonymous', 'outlet'])

function nearest(text: string, needle: string, around: Span, reach = 400): Span | null {
  let best: Span | null = null
  let bestDistance = Infinity
  let from = Math.max(0, around.start - reach - needle.length)
  const limit = Math.min(text.length, around.end + reach)
  for (;;) {
    const at = text.indexOf(needle, from)
    if (at < 0 || at > limit) break
    const end = at + needle.length
    const distance = end <= around.start ? around.start - end : at >= around.end ? at - around.end : 0
    // Prefer a whole word: the character on either side is not a letter.
    const whole = !/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[end] ?? ' ')
    const score = distance + (whole ? 0 : 10_000)
    if (score < bestDistance) {
      bestDistance = score
      best = {start: at, end}
    }
    from = at + 1
  }
  return best
}

export function anchor(id: string, text: string, quotes: Annotation[]): {gold: unknown; problems: string[]} {
  const problems: string[] = []
  const out: unknown[] = []
  let from = 0
  quotes.forEach((quote, index) => {
    const where = `${id} quote ${index + 1}`
    if (!kinds.has(quote.kind)) problems.push(`${where}: kind must be direct, mixed or indirect`)
    if (quote.speakerType !== undefined && !types.has(quote.speakerType)) problems.push(`${where}: bad speakerType`)
    if (quote.speakerHow !== null && quote.speakerHow !== 'explicit' && quote.speakerHow !== 'coref') {
      problems.push(`${where}: speakerHow must be explicit, coref or null`)
    }
    if (typeof quote.content !== 'string' || quote.content.trim() === '') {
      problems.push(`${where}: no content`)
      return
    }
    let start = from
    if (quote.after) {
      const at = text.indexOf(quote.after)
      if (at < 0) problems.push(`${where}: "after" not found: ${quote.after.slice(0, 60)}`)
      else start = at
    }
    let at = text.indexOf(quote.content, start)
    if (at < 0) at = text.indexOf(quote.content)
    if (at < 0) {
      problems.push(`${where}: content not found in the text: ${quote.content.slice(0, 80)}`)
      return
    }
    const content = {start: at, end: at + quote.content.length}
    from = at
    const cue = quote.cue ? nearest(text, quote.cue, content) : null
    if (quote.cue && !cue) problems.push(`${where}: cue "${quote.cue}" not found near the content`)
    const mention = quote.speakerMention ? nearest(text, quote.speakerMention, content, 3000) : null
    if (quote.speakerMention && !mention) problems.push(`${where}: speakerMention "${quote.speakerMention}" not found`)
    out.push({
      kind: quote.kind,
      content,
      cue: cue ? {...cue, text: quote.cue} : null,
      speakerMention: mention ? {...mention, text: quote.speakerMention} : null,
      speaker: quote.speaker,
      speakerType: quote.speakerType ?? (quote.speaker === null ? 'anonymous' : 'person'),
      speakerHow: quote.speakerHow
    })
  })
  return {gold: {id, quotes: out}, problems}
}

function main(): void {
  const [mode, dir, outFile] = process.argv.slice(2)
  if ((mode !== '--check' && mode !== '--write') || !dir || (mode === '--write' && !outFile)) {
    console.error('usage: anchor.ts --check DIR | --write DIR OUT.jsonl')
    process.exit(2)
  }
  const corpus = path.join(sharedDir, 'corpus', 'detik-dev.jsonl')
  if (!existsSync(corpus)) {
    console.error(`anchor: ${corpus} is absent`)
    process.exit(2)
  }
  const texts = new Map<string, string>()
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const {id, text} = JSON.parse(line) as {id: string; text: string}
    texts.set(id, text)
  }
  const lines: string[] = []
  const problems: string[] = []
  let quotes = 0
  for (const name of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    let value: {id: string; quotes: Annotation[]}
    try {
      value = JSON.parse(readFileSync(path.join(dir, name), 'utf8'))
    } catch (error) {
      problems.push(`${name}: not JSON: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    const text = texts.get(value.id)
    if (text === undefined) {
      problems.push(`${name}: no article ${value.id}`)
      continue
    }
    const result = anchor(value.id, text, value.quotes ?? [])
    problems.push(...result.problems)
    quotes += (value.quotes ?? []).length
    lines.push(JSON.stringify(result.gold))
  }
  for (const problem of problems) console.log(problem)
  console.log(`anchor: ${lines.length} articles, ${quotes} statements, ${problems.length} problems`)
  if (problems.length > 0) process.exit(1)
  if (mode === '--write') {
    const temp = `${outFile}.tmp-${process.pid}`
    writeFileSync(temp, lines.join('\n') + '\n')
    renameSync(temp, outFile!)
  }
}

main()
