/**
 * The article's own provenance: the dateline (`Seoul (ANTARA) -`,
 * `JAKARTA, KOMPAS —`, `REPUBLIKA.CO.ID, JAKARTA --`, `Liputan6.com, Jakarta -`,
 * `KONTAN.CO.ID - JAKARTA.`; an outlet line with no place, `KOMPAS.com -`, names
 * the publisher and opens the body but is no dateline in the graph), the source line (`Sumber: Yonhap-OANA`), the
 * credit lines (`Pewarta:`, `Penerjemah:`, `Editor:`, glued or spaced) and
 * the copyright line (`COPYRIGHT © ANTARA 2023`), and the byline lines above
 * a dateline (`Fajar Nugroho - detikNews`, `Laporan Wartawan Tribun Medan, …`).
 *
 * Every pattern here runs over a bounded window or a single line, so its cost
 * stays linear in the text.
 */
import type {Language} from '../lang/language.ts'
import {lexiconTables} from '../extract/lexicon-tables.ts'
import {isUpper} from '../extract/tokens.ts'

export interface Found {
  start: number
  end: number
}

export interface DatelineReading {
  place: string | null
  outlet: string | null
  /** The outlet exactly as written. */
  outletText: string | null
  outletSpan: Found | null
  span: Found
  /** Where the article body starts. */
  bodyStart: number
}

export interface CreditReading {
  role: string
  name: string
  span: Found
}

export interface SourceReading {
  name: string
  span: Found
}

export interface ProvenanceReading {
  dateline: DatelineReading | null
  credits: CreditReading[]
  sources: SourceReading[]
  copyright: {holder: string; year: number; span: Found} | null
}

/** A person's name as a byline or credit writes it: one to five capitalised words. */
function isPersonName(text: string): boolean {
  return /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,4}$/u.test(text)
}

/** The dash that ends a dateline: `-`, `--`, `–`, `—`, with spaces around. */
const datelineDash = /\s[-–—]{1,2}\s/u

export function outletName(language: Language, written: string): string | null {
  const key = written.trim().toLowerCase()
  return language.outlets.outlets.get(key) ?? null
}

function titleCase(word: string): string {
  if (word !== word.toUpperCase()) return word
  return word
    .toLowerCase()
    .split(/([\s-])/u)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

/**
 * A byline header on the first line, as Detik prints it: `Fajar Nugroho -
 * detikNews`, a known outlet after the dash, then a date line and a blank
 * line before the body (`Jakarta - …`).
 */
export interface BylineHeader {
  credit: CreditReading
  outlet: string
  outletText: string
  outletSpan: Found
  /** Where the lines after the header start. */
  end: number
}

/** Where the first line with text at or after `from` starts (white space and a byte order mark skipped). */
function firstLineAt(text: string, from: number): number {
  let at = from
  while (at < text.length && /\s/u.test(text[at]!)) at++
  return text.charCodeAt(at) === 0xfeff ? at + 1 : at
}

export function readBylineHeader(text: string, language: Language): BylineHeader | null {
  const lineStart = firstLineAt(text, 0)
  let lineEnd = text.indexOf('\n', lineStart)
  if (lineEnd < 0 || lineEnd - lineStart > 100) return null
  const line = text.slice(lineStart, lineEnd)
  const dash = datelineDash.exec(line)
  if (!dash) return null
  const name = line.slice(0, dash.index).trim()
  const outletText = line.slice(dash.index + dash[0].length).trim()
  const outlet = outletName(language, outletText)
  if (!outlet || !isPersonName(name)) return null
  // The header runs to the first blank line, three lines at most (byline, date).
  let end = lineEnd
  for (let lines = 1; lines < 3; lines++) {
    const next = text.indexOf('\n', end + 1)
    if (next < 0 || text.slice(end + 1, next).trim() === '') break
    end = next
  }
  const outletStart = lineStart + line.lastIndexOf(outletText)
  return {
    credit: {role: 'reporter', name, span: {start: lineStart, end: lineStart + name.length}},
    outlet,
    outletText,
    outletSpan: {start: outletStart, end: outletStart + outletText.length},
    end
  }
}

/**
 * A report line above the dateline, as the Tribun network prints it:
 * `Laporan Wartawan Tribun Medan, Fadli Harahap` — a phrase the language
 * knows (`reportLines`), the desk, a comma, the reporter's name — on the first
 * line, alone.
 */
export function readReportLine(text: string, language: Language): {credit: CreditReading; end: number} | null {
  const lineStart = firstLineAt(text, 0)
  let lineEnd = text.indexOf('\n', lineStart)
  if (lineEnd < 0) lineEnd = text.length
  if (lineEnd - lineStart > 120) return null
  const line = text.slice(lineStart, lineEnd).trimEnd()
  const lower = line.toLowerCase()
  if (!language.outlets.reportLines.some((phrase) => lower.startsWith(phrase + ' '))) return null
  const comma = line.lastIndexOf(',')
  const name = comma > 0 ? line.slice(comma + 1).trim() : ''
  if (!isPersonName(name)) return null
  const nameStart = lineStart + line.indexOf(name, comma)
  return {credit: {role: 'reporter', name, span: {start: nameStart, end: nameStart + name.length}}, end: lineEnd}
}

/** A date line of a header: `20/11/2025, 15.32 WIB`, `Minggu 16 November 2025 14:05 WIB` — short, with a year. */
function isDateLine(line: string): boolean {
  return line.length <= 60 && /\b(?:19|20)\d\d\b/u.test(line) && !/[.!?]$/u.test(line)  // linear: checked (60 characters)
}

/**
 * Credit lines above the body, before the first blank line (three lines at most): a labelled credit
 * (`Penulis: Tiara Kusumadewi`, `Reporter: A | Editor: B`, read by `readCredits`), a byline with the role after
 * the name (`Yogi Saputra, Jurnalis · Minggu 16 November 2025 14:05 WIB`, as Okezone prints it) or a date line.
 * The dateline, if any, opens the body after them.
 */
export function readCreditHeader(text: string, language: Language): {credits: CreditReading[]; end: number} | null {
  const labels = lexiconTables(language).provenanceLabels
  const credits: CreditReading[] = []
  let lineStart = firstLineAt(text, 0)
  let end = -1
  for (let lines = 0; lines < 3; lines++) {
    const lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) return null
    const line = text.slice(lineStart, lineEnd).trim()
    if (line === '') break
    if (line.length > 120) return null
    const lower = line.toLowerCase()
    const labelled = labels.find((label) => lower.startsWith(label) && /^\s*:/u.test(lower.slice(label.length)))
    // `Nama, Jurnalis · tanggal`: the name, a comma, a credit label, then (after a middle dot or a bar) the date.
    const [first, ...rest] = line.split(/\s[·|•]\s/u)
    const comma = first!.lastIndexOf(',')
    const role = comma > 0 ? language.outlets.creditLabels.get(first!.slice(comma + 1).trim().toLowerCase()) : undefined
    const name = comma > 0 ? first!.slice(0, comma).trim() : ''
    if (role && isPersonName(name) && rest.every(isDateLine)) {
      const at = lineStart + text.slice(lineStart, lineEnd).indexOf(name)
      credits.push({role, name, span: {start: at, end: at + name.length}})
    } else if (!labelled && !isDateLine(line)) return null
    if (lines === 0 && !labelled && credits.length === 0) return null
    end = lineEnd
    lineStart = lineEnd + 1
  }
  return end < 0 ? null : {credits, end}
}

export function readDateline(text: string, language: Language, from = 0): DatelineReading | null {
  const lineStart = firstLineAt(text, from)
  const window = text.slice(lineStart, lineStart + 120)
  const dash = datelineDash.exec(window)
  if (!dash || dash.index > 80) return null
  const head = window.slice(0, dash.index)
  if (/[.!?"“”]\s/u.test(head) || head.includes('\n')) return null
  const bodyStart = lineStart + dash.index + dash[0].length
  const span = {start: lineStart, end: lineStart + dash.index + dash[0].trimEnd().length}
  // `Seoul (ANTARA)`
  // linear: checked (anchored, every quantifier bounded, and `head` is at most 80 characters)
  const parenthesis = /^(.{1,50}?)\s*\(([^()]{2,40})\)$/u.exec(head)
  if (parenthesis) {
    const outletText = parenthesis[2]!.trim()
    const outletStart = lineStart + head.indexOf(outletText, parenthesis[1]!.length)
    return {
      place: titleCase(parenthesis[1]!.trim()),
      outlet: outletName(language, outletText) ?? outletText,
      outletText,
      outletSpan: {start: outletStart, end: outletStart + outletText.length},
      span,
      bodyStart
    }
  }
  const parts = head.split(',').map((part) => part.trim()).filter(Boolean)
  if (parts.length === 0 || parts.length > 2) return null
  let place: string | null = null
  let outlet: string | null = null
  let outletText: string | null = null
  for (const part of parts) {
    const known = outletName(language, part)
    if (known && !outlet) {
      outlet = known
      outletText = part
    } else if (!place && /^\p{Lu}[\p{L} .'-]{0,40}$/u.test(part) && part.split(/\s+/u).length <= 4) {
      place = titleCase(part)
    } else {
      return null
    }
  }
  if (!outlet && !place) return null
  const outletStart = outletText ? lineStart + head.indexOf(outletText) : -1
  const reading = {
    place,
    outlet,
    outletText,
    outletSpan: outletText ? {start: outletStart, end: outletStart + outletText.length} : null,
    span,
    bodyStart
  }
  return place ? reading : placeAfterDash(text, reading)
}

/**
 * The place after the outlet's dash, in capitals and closed by a full stop, as Kontan prints it:
 * `KONTAN.CO.ID - JAKARTA. …` (the outlet first, then the place).
 */
function placeAfterDash(text: string, reading: DatelineReading): DatelineReading {
  // linear: checked (anchored, bounded, over at most 40 characters)
  const after = /^(\p{Lu}[\p{Lu}'-]*(?: \p{Lu}[\p{Lu}'-]*){0,3})\.\s/u.exec(text.slice(reading.bodyStart, reading.bodyStart + 40))
  if (!after || after[1]!.length < 3) return reading
  const end = reading.bodyStart + after[1]!.length + 1
  return {...reading, place: titleCase(after[1]!), span: {start: reading.span.start, end}, bodyStart: reading.bodyStart + after[0].length}
}

function isSpaceChar(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char)
}

/** Where `label` (lower case; a space in it stands for any run of white space) starts if it ends at `end` in `text`, else -1. */
function labelStartBefore(text: string, end: number, label: string): number {
  let at = end
  for (let index = label.length - 1; index >= 0; index--) {
    if (label[index] === ' ') {
      if (!isSpaceChar(text[at - 1])) return -1
      while (isSpaceChar(text[at - 1])) at--
    } else {
      if (at === 0 || text[at - 1]!.toLowerCase() !== label[index]) return -1
      at--
    }
  }
  return at
}

/**
 * Every label followed by a colon (`Pewarta:`, `Sumber :`), in text order: found from the colons (few in a
 * text) back to the longest label that ends before each, not by trying every label at every position.
 */
function labelsBeforeColons(text: string, language: Language): Array<{label: string; start: number; valueStart: number}> {
  const labels = lexiconTables(language).provenanceLabels
  const found: Array<{label: string; start: number; valueStart: number}> = []
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let end = colon
    while (isSpaceChar(text[end - 1])) end--
    for (const label of labels) {
      const start = labelStartBefore(text, end, label)
      if (start < 0) continue
      let valueStart = colon + 1
      while (isSpaceChar(text[valueStart])) valueStart++
      found.push({label: text.slice(start, end), start, valueStart})
      break
    }
  }
  return found
}

/**
 * Credit and source labels (`Pewarta:`, `Sumber:`) where they start a line or
 * follow the end of a sentence, glued or not. The value runs to the end of the
 * line or to the next label.
 */
export function readCredits(text: string, language: Language): {credits: CreditReading[]; sources: SourceReading[]} {
  const credits: CreditReading[] = []
  const sources: SourceReading[] = []
  const found: Array<{label: string; start: number; valueStart: number}> = []
  for (const labelled of labelsBeforeColons(text, language)) {
    const {start, label} = labelled
    const before = start === 0 ? '\n' : text[start - 1]!
    if (!/[\n.!?”"\s]/u.test(before)) {
      // Glued after a name (`KatrianaEditor:`, `Kyodo-OANAPenerjemah:`): only when the label is capitalised.
      if (!/\p{L}/u.test(before) || !/^\p{Lu}/u.test(label)) continue
    }
    if (!/^\p{Lu}/u.test(label)) continue
    // A mid-sentence `sumber:` inside running text is not a credit line.
    // `Penulis: A | Editor: B`: a bar separates labels on one line.
    if (/\s/u.test(before) && start > 0 && !/[\n.!?”"|]\s*$/u.test(text.slice(Math.max(0, start - 3), start))) continue  // linear: checked (three characters)
    found.push({label: label.toLowerCase().replace(/\s+/gu, ' '), start, valueStart: labelled.valueStart})
  }
  for (let i = 0; i < found.length; i++) {
    const item = found[i]!
    const next = found[i + 1]
    let end = text.indexOf('\n', item.valueStart)
    if (end < 0) end = text.length
    if (next && next.start < end) end = next.start
    // (Looked for within the value only: a search to the end of the text for every label grew with the text's square.)
    for (let at = item.valueStart; at < end; at++) {
      if (text.charCodeAt(at) === 0x7c) {
        end = at
        break
      }
    }
    // `Agus SalimCOPYRIGHT © ANTARA 2025`: the copyright line glued on.
    const copyright = /COPYRIGHT|Copyright|©/u.exec(text.slice(item.valueStart, end))
    if (copyright) end = item.valueStart + copyright.index
    let valueEnd = end
    while (valueEnd > item.valueStart && /[\s.,;]/u.test(text[valueEnd - 1]!)) valueEnd--
    const value = text.slice(item.valueStart, valueEnd)
    if (!value || value.length > 120) continue
    if (language.outlets.sourceLabels.has(item.label)) {
      let offset = item.valueStart
      for (const piece of value.split(/([-/,&]|\sdan\s)/u)) {
        const trimmed = piece.trim()
        if (trimmed && !/^([-/,&]|dan)$/u.test(trimmed)) {
          const at = text.indexOf(trimmed, offset)
          sources.push({name: outletName(language, trimmed) ?? trimmed, span: {start: at, end: at + trimmed.length}})
        }
        offset += piece.length
      }
    } else {
      // `Kontributor Bandung, Agung Nugraha`: the name after a role.
      const parts = value.split(',')
      const head = parts[0]!.trim().split(/\s+/u)[0]!.toLowerCase()
      const name = parts.length > 1 && language.persons.roleHeads.has(head) ? parts[parts.length - 1]!.trim() : value
      credits.push({role: language.outlets.creditLabels.get(item.label)!, name, span: {start: item.start, end: valueEnd}})
    }
  }
  return {credits, sources}
}

/** How far from the end credit notes written as sentences are looked for: they close a story. */
const creditSentenceWindow = 3000

/**
 * Credit notes written as a sentence of their own near the end (`Dewi
 * Anggraini berkontribusi dalam penulisan artikel ini.`, `A dan B turut
 * berkontribusi …`): one credit per name, with the role the language gives
 * the sentence.
 */
export function readCreditSentences(text: string, language: Language): CreditReading[] {
  const credits: CreditReading[] = []
  const endings = language.outlets.creditSentences
  if (endings.size === 0) return credits
  let lineStart = text.length > creditSentenceWindow ? text.indexOf('\n', text.length - creditSentenceWindow) + 1 : 0
  if (lineStart === 0 && text.length > creditSentenceWindow) return credits
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    let end = lineEnd
    while (end > lineStart && (text[end - 1] === '.' || /\s/u.test(text[end - 1]!))) end--
    const line = text.slice(lineStart, end)
    const lower = line.toLowerCase()
    for (const [ending, role] of endings) {
      if (!lower.endsWith(' ' + ending)) continue
      let offset = lineStart
      // A lower-case word before the ending (`turut`, `ikut`) is no name: the names stop before it.
      let namesEnd = line.length - ending.length - 1
      const lastSpace = line.lastIndexOf(' ', namesEnd - 1)
      if (lastSpace > 0 && !isUpper(line[lastSpace + 1]!)) namesEnd = lastSpace
      const names = line.slice(0, namesEnd).split(',').flatMap((part) => part.split(' ' + language.text.additiveConjunction + ' ')).map((name) => name.trim())
      for (const name of names) {
        const at = text.indexOf(name, offset)
        if (at >= 0 && isPersonName(name)) {
          credits.push({role, name, span: {start: at, end: at + name.length}})
          offset = at + name.length
        }
      }
      break
    }
    lineStart = lineEnd + 1
  }
  return credits
}

export function readCopyright(text: string, language: Language): ProvenanceReading['copyright'] {
  const tail = Math.max(0, text.length - 2000)
  const window = text.slice(tail)
  // Most texts have no copyright line: no need to run (or, in a fresh process, compile) the case-insensitive pattern.
  const lower = window.toLowerCase()
  if (!lower.includes('copyright') && !lower.includes('hak cipta') && !window.includes('©')) return null
  const match = /(?:copyright|hak cipta)\s*(?:©|\(c\))?\s*([\p{L}][\p{L}.]*(?:[ \t]+[\p{L}][\p{L}.]*){0,4})[ \t]+((?:19|20)\d\d)\b/iu.exec(window)
    ?? /©\s*((?:19|20)\d\d)\s+([\p{L}][\p{L}.]*(?:[ \t]+[\p{L}][\p{L}.]*){0,4})/u.exec(window)
  if (!match) return null
  const yearFirst = /^\d/u.test(match[1]!)
  const holderText = yearFirst ? match[2]! : match[1]!
  const year = Number(yearFirst ? match[1] : match[2])
  return {
    holder: outletName(language, holderText) ?? holderText,
    year,
    span: {start: tail + match.index, end: tail + match.index + match[0].length}
  }
}

export function readProvenance(text: string, language: Language): ProvenanceReading {
  const labelled = readCredits(text, language)
  const credits = [...labelled.credits, ...readCreditSentences(text, language)]
  const {sources} = labelled
  const byline = readBylineHeader(text, language)
  if (!byline) {
    // A report line (`Laporan Wartawan …, Name`) or credit lines above the dateline.
    const report = readReportLine(text, language)
    const header = report ? {credits: [report.credit], end: report.end} : readCreditHeader(text, language)
    if (header) return {dateline: readDateline(text, language, header.end), credits: oncePerPerson([...header.credits, ...credits]), sources, copyright: readCopyright(text, language)}
    return {dateline: readDateline(text, language), credits, sources, copyright: readCopyright(text, language)}
  }
  // After a byline header, the dateline opens the body; a bare place (`Jakarta -`) is the byline outlet's.
  const dateline = readDateline(text, language, byline.end) ?? null
  const withOutlet = dateline && !dateline.outlet
    ? {...dateline, outlet: byline.outlet, outletText: byline.outletText, outletSpan: byline.outletSpan}
    : dateline
  return {dateline: withOutlet, credits: oncePerPerson([byline.credit, ...credits]), sources, copyright: readCopyright(text, language)}
}

/** A person credited twice in the same role (the byline, then `Penulis:` at the end) is one credit: the first. */
function oncePerPerson(credits: CreditReading[]): CreditReading[] {
  const seen = new Set<string>()
  return credits.filter((credit) => {
    const key = credit.role + '\u0000' + credit.name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
