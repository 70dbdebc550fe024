/**
 * Across many articles: totals, shares of anonymous and unattributed quotes,
 * the most-quoted speakers and the outlets that carry the most.
 */
import type {ArticleReport, ReportCounts, CorpusReport, ReportEntity, RankedOutlet, RankedSpeaker} from './model.ts'

interface SpeakerTally {
  name: string
  type: ReportEntity['type']
  quotes: number
  direct: number
  articles: Set<number>
  /** Keys of the other names articles gave this speaker ("Jokowi" for Joko Widodo). */
  aliases: Set<string>
}

const speakerKey = (type: string, name: string): string => type + '\u0000' + name.trim().toLowerCase()

export function summariseCorpus(articles: ArticleReport[], title: string, top: number, generated: string | null): CorpusReport {
  const totals: CorpusReport['totals'] = {
    articles: articles.length,
    failed: 0,
    withoutQuotes: 0,
    quotes: 0,
    direct: 0,
    indirect: 0,
    mixed: 0,
    anonymous: 0,
    unattributed: 0,
    speakers: 0,
    findings: 0,
    verdicts: {}
  }
  const speakers = new Map<string, SpeakerTally>()
  const outlets = new Map<string, RankedOutlet>()
  const outlet = (name: string): RankedOutlet => {
    const key = name.trim().toLowerCase()
    let entry = outlets.get(key)
    if (!entry) outlets.set(key, (entry = {name: name.trim(), published: 0, sourced: 0, quoted: 0, total: 0}))
    return entry
  }

  for (const article of articles) {
    if (article.error) totals.failed += 1
    if (article.quotes.length === 0) totals.withoutQuotes += 1
    addCounts(totals, article.counts)
    const {publisher, sources} = article.provenance
    if (publisher) outlet(publisher.name).published += 1
    for (const source of new Set(sources.map((source) => source.name))) outlet(source).sourced += 1
    for (const row of article.quotes) {
      for (const party of [row.speaker, row.addressee, row.citing]) {
        if (party?.type === 'outlet') outlet(party.name).quoted += 1
      }
    }
    for (const speaker of article.speakers) {
      const key = speakerKey(speaker.entity.type, speaker.entity.name)
      let entry = speakers.get(key)
      if (!entry) speakers.set(key, (entry = {name: speaker.entity.name.trim(), type: speaker.entity.type, quotes: 0, direct: 0, articles: new Set(), aliases: new Set()}))
      entry.quotes += speaker.total
      entry.direct += speaker.direct + speaker.mixed
      entry.articles.add(article.number)
      for (const alias of speaker.aliases) entry.aliases.add(speakerKey(speaker.entity.type, alias))
    }
  }
  const ranked = mergeAliases(speakers)
  totals.speakers = ranked.length
  for (const entry of outlets.values()) entry.total = entry.published + entry.sourced + entry.quoted

  const share = (part: number): number => (totals.quotes === 0 ? 0 : part / totals.quotes)
  const byName = (a: {name: string}, b: {name: string}): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  return {
    title,
    generated,
    articles,
    totals,
    shares: {anonymous: share(totals.anonymous), unattributed: share(totals.unattributed), direct: share(totals.direct + totals.mixed)},
    topSpeakers: ranked
      .filter((entry) => entry.type !== 'anonymous')
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || byName(a, b))
      .slice(0, top),
    topOutlets: [...outlets.values()]
      .sort((a, b) => b.total - a.total || byName(a, b))
      .slice(0, top)
  }
}

function addCounts(into: ReportCounts, from: ReportCounts): void {
  into.quotes += from.quotes
  into.direct += from.direct
  into.indirect += from.indirect
  into.mixed += from.mixed
  into.anonymous += from.anonymous
  into.unattributed += from.unattributed
  into.findings += from.findings
  for (const [verdict, count] of Object.entries(from.verdicts) as [keyof ReportCounts['verdicts'], number][]) {
    into.verdicts[verdict] = (into.verdicts[verdict] ?? 0) + count
  }
}

/**
 * One entry per speaker across the corpus: a name that some article gives as
 * an alias of exactly one other speaker ("Risma" of Tri Rismaharini, "Jokowi"
 * of Joko Widodo) is counted with that speaker, if that speaker has at least
 * as many quotes. An alias claimed by two speakers ("Kim") is ambiguous and
 * merges nothing.
 */
function mergeAliases(speakers: Map<string, SpeakerTally>): RankedSpeaker[] {
  const owners = new Map<string, Set<string>>()
  for (const [key, entry] of speakers) {
    for (const alias of entry.aliases) {
      if (alias === key) continue
      let set = owners.get(alias)
      if (!set) owners.set(alias, (set = new Set()))
      set.add(key)
    }
  }
  const merged = new Map<string, SpeakerTally>()
  for (const [key, entry] of speakers) {
    const claimed = owners.get(key)
    const owner = claimed?.size === 1 ? [...claimed][0]! : key
    // The fuller name is the one articles use most: an alias never pulls a more-quoted speaker into a
    // less-quoted one (one article wrongly giving "Joko Widodo" as an alias of "Iriana Joko Widodo").
    const candidate = speakers.get(owner)
    const target = candidate && owner !== key && !owners.get(owner)?.size && candidate.quotes >= entry.quotes ? owner : key
    let tally = merged.get(target)
    if (!tally) merged.set(target, (tally = {...speakers.get(target)!, quotes: 0, direct: 0, articles: new Set()}))
    tally.quotes += entry.quotes
    tally.direct += entry.direct
    for (const article of entry.articles) tally.articles.add(article)
  }
  return [...merged.values()].map((entry) => ({name: entry.name, type: entry.type, quotes: entry.quotes, direct: entry.direct, articles: entry.articles.size}))
}
