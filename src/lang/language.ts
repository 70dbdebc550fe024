/**
 * What the engine needs to know about a language, as data. `src/lang/id`
 * implements it for Indonesian; a second language implements the same shape.
 *
 * Every word list is lower case; lookups lower-case the word first.
 */
import type {Catalog} from './catalog.ts'
import type {NameReaderKnowledge} from './name-reader.ts'

export interface CueLexicon {
  /**
   * Short reporting verbs that stand after a quote, inverted before the
   * speaker (`"…," kata X`), with their `-nya` forms (`katanya`).
   */
  inverted: ReadonlySet<string>
  /** `-nya` forms of the inverted cues: the speaker is carried from context. */
  anaphoric: ReadonlySet<string>
  /** Verbs that take the speaker as subject and the statement as object (`X mengatakan, …`). */
  clausal: ReadonlySet<string>
  /** Multi-word cues, as lower-case word sequences (`memberikan penilaian`). */
  phrases: ReadonlyArray<readonly string[]>
  /**
   * Two-word idioms of speaking out that are no cue of their own (`buka suara`, `angkat bicara`: the statement follows
   * in a later sentence); scraped text glues their first word to the name before (`Sadewabuka suara`).
   */
  speakingOut: ReadonlyArray<readonly [string, string]>
  /** Passive cues with the speaker after them (`disampaikan X`). */
  passive: ReadonlySet<string>
  /** `menurut X, …` and its kin: a preposition that introduces the speaker. */
  according: ReadonlySet<string>
  /** Verbs that introduce whom a speaker cites (`mengutip`, `dikutip dari`). */
  citing: ReadonlySet<string>
  /** The preposition between a citing verb and its source (`mengutip dari Reuters`). */
  citingPreposition: string
  /** Words that lead a citing verb at the end of a clause (`…, seperti dikutip dari Reuters`): not part of the statement. */
  citingLeads: ReadonlySet<string>
  /** The preposition before the agent of a passive cue (`disampaikan oleh X`). */
  passiveAgent: string
  /** Cues that editorialise (`mengklaim`, `berdalih`). */
  nonNeutral: ReadonlySet<string>
  /** Words that, just before a cue, negate the saying (`tanpa mengatakan`). */
  negators: ReadonlySet<string>
  /** Words that may link a clausal cue to its content (`bahwa`, `agar`). */
  complementizers: ReadonlySet<string>
  /**
   * The complementizers of a request (`agar`, `supaya`). After a directive
   * cue they open the content even past its object (`mengimbau masyarakat
   * agar …`); after any other cue only right after it, since further on they
   * join two clauses of the content (`berharap pemerintah bergerak cepat
   * agar …`). `bahwa` opens the content even after an adjunct
   * (`mengonfirmasi pada Selasa bahwa …`).
   */
  purposeComplementizers: ReadonlySet<string>
  /**
   * Words that open the content only right after the cue or its comma, and stay out of it: a condition
   * (`menyebut jika …`, `mengatakan kalau …`), news writing's stand-in for `bahwa`.
   */
  conditionalComplementizers: ReadonlySet<string>
  /**
   * The infinitive marker (`untuk`) that opens the content of a request or a pledge right after the cue or its
   * addressee (`meminta kepada warga untuk …`, `berjanji untuk …`).
   */
  infinitiveMarkers: ReadonlySet<string>
  /** Cues of a pledge or threat, whose content is what the speaker will do (`berjanji`, `bersumpah`). */
  commissive: ReadonlySet<string>
  /**
   * Verbs of belief, feeling or estimation (`berharap`, `menduga`, `memperkirakan`, `yakin`): what someone thinks,
   * not what they said, so no indirect statement on their own (gold/README.md); a quote they introduce is still
   * read. After `dan` in a reported clause they start the speaker's next predicate, so they end the clause.
   */
  belief: ReadonlySet<string>
  /** Prepositions of a topic (`tentang`, `soal`): a cue whose whole object is one names a topic, no content (gold/README.md). */
  topicPrepositions: ReadonlySet<string>
  /**
   * Cues that also mean filing a complaint with an institution (`melaporkan X ke Polda …`): with `ke` and a
   * capitalised name in the object, a complaint, no statement.
   */
  filingVerbs: ReadonlySet<string>
  /** Cues that make a report, which `laporan itu` can point back to (`melaporkan`, `merilis`). */
  reportVerbs: ReadonlySet<string>
  /** Cues of a request, whose object is whom it asks (`meminta`, `mengimbau warga agar …`). */
  directive: ReadonlySet<string>
  /** Words that introduce an added cue mid-sentence (`seraya menambahkan`). */
  coordinators: ReadonlySet<string>
}

/** A word's shape: its first and last letters (either may be empty) and the shortest word it applies to. */
export interface WordShape {
  prefix: string
  suffix: string
  minLength: number
}

export interface PersonLexicon {
  /** Third-person pronouns that can name a speaker (`dia`, `ia`, `beliau`). */
  pronouns: ReadonlySet<string>
  /** Plural pronouns (`mereka`). */
  pluralPronouns: ReadonlySet<string>
  /** Personal pronouns that say whose a noun is after it (`anak kami`, `suami saya`): with the possessive suffix they make a description of someone unnamed. */
  possessivePronouns: ReadonlySet<string>
  /** Honorifics written before a name and left out of the canonical name. */
  honorifics: ReadonlySet<string>
  /**
   * The honorifics that only address a person (`Pak`, `Bu`, `Mbak`, `Mr`): unlike a title of learning,
   * profession or office (`dr`, `Prof.`, `Ustaz`, `Pendeta`), they say nothing of who the person is.
   */
  addressTerms: ReadonlySet<string>
  /** Military and police ranks, single words and sequences (`komisaris besar`). */
  ranks: ReadonlyArray<readonly string[]>
  /**
   * Corps and branch codes written after a rank (`Kolonel CPM`, `Kolonel (Czi)`), in capitals like a name's
   * initials (`Inspektur Jenderal RZ …`) but no part of the name.
   */
  corps: ReadonlySet<string>
  /** Role nouns heading a title (`presiden`, `kepala`, `juru bicara`). */
  roleHeads: ReadonlySet<string>
  /** Two-word role titles whose second word may also head an organisation (`wali kota`). */
  compoundRoles: ReadonlySet<string>
  /** Words that may continue a role title (`wakil`, `utama`, `jenderal`). */
  roleWords: ReadonlySet<string>
  /** Heads of organisation names (`kementerian`, `polda`, `universitas`). */
  organizationHeads: ReadonlySet<string>
  /**
   * Heads of bodies named for their members (`aliansi`, `serikat`, `forum`, `paguyuban`): the name after one runs to
   * its end over member nouns and any capitalised word (`Aliansi Mahasiswa Makassar Bergerak`), and its last word is
   * no person.
   */
  memberBodyHeads: ReadonlySet<string>
  /** Verbs of belonging to a body with their preposition (`tergabung dalam`): `Massa yang tergabung dalam Aliansi …` is the body speaking. */
  membershipVerbs: ReadonlyArray<readonly string[]>
  /**
   * Heads of a unit inside an organisation (`bidang`, `urusan`, `seksi`, `biro`): after a role they open the field the
   * role covers, which stays in the title (`Wakil Rektor Bidang Akademik dan Kemahasiswaan` of `Universitas …`).
   */
  unitHeads: ReadonlySet<string>
  /** The unit heads that name a field, never a body of its own (`bidang`, `urusan`): a unit they open may end a title with no organisation after it (`Menteri Koordinator Bidang Perekonomian`). */
  fieldHeads: ReadonlySet<string>
  /**
   * Organisation heads that are common nouns, written alone with a capital to
   * mean the organisation last named with them (`Kementerian menyebut …`
   * after `Kementerian Luar Negeri`). Not names such as `polri` or `muhammadiyah`.
   */
  headsUsedAlone: ReadonlySet<string>
  /** Organisation heads after which a place name follows (`polres`, `kabupaten`). */
  placeTakingHeads: ReadonlySet<string>
  /** Nouns for the people of a place, whose capitalised words right after them name the place (`warga Gedebage`). */
  residentNouns: ReadonlySet<string>
  /** Heads of places named after people (`RSUD`, `Jalan`, `Bandara`): a titled name right after one is the place's. */
  facilityHeads: ReadonlySet<string>
  /** Street words (`Jalan`, `Gang`): any name right after one is the street's. */
  streetNouns: ReadonlySet<string>
  /** Words common in institutional names that are never part of a person's name. */
  institutionalWords: ReadonlySet<string>
  /** Lower-case heads of unnamed sources (`sumber`, `pejabat`). */
  anonymousHeads: ReadonlySet<string>
  /** Words that describe a group speaker (`warga`, `para`). */
  groupHeads: ReadonlySet<string>
  /** Kinship nouns (`suami`, `ibu`): with the possessive (`suaminya,`) they set off the name of the person they describe. */
  kinNouns: ReadonlySet<string>
  /** The kinship nouns that describe a person without the possessive too (`istri juru mesin Dedi`; not `anak usaha`, `putri`). */
  kinNounsAlone: ReadonlySet<string>
  /** Nouns for things that show or record but do not speak (`foto`, `data`). */
  nonSpeakers: ReadonlySet<string>
  /** Quantifiers before a head noun (`sejumlah`, `beberapa`). */
  quantifiers: ReadonlySet<string>
  /** Quantifiers that open an unnamed group of speakers (`para kritikus`, `banyak warganet`): whom no name follows. */
  unnamedGroupOpeners: ReadonlySet<string>
  /**
   * Occupations that, opening a sentence in the plural sense with only lower-case words after them, name an unnamed group
   * of people (`Kurir paket di sejumlah kota besar mengaku …`), besides the role, group and source nouns.
   */
  groupOccupations: ReadonlySet<string>
  /** Words before the noun of a description that are not part of the role it gives (`Seorang`, `Salah satu`). */
  descriptionOpeners: ReadonlySet<string>
  /** The words that open an indefinite description, which introduces someone new and unnamed (`seorang`, `salah satu`). */
  indefiniteOpeners: ReadonlyArray<readonly string[]>
  /** Words before the name a person is called by (`disapa`, `dipanggil`). */
  nicknameMarkers: ReadonlySet<string>
  /**
   * Words that open the name a person is called by (`Gus Ipul`, `Cak Imin`, `Kang Emil`): after a full name, in brackets
   * or after `atau`, such a name is the person's nickname (`Saifullah Yusuf (Gus …)`).
   */
  nicknameTitles: ReadonlySet<string>
  /** `atau` in `Saifullah Yusuf atau Gus …`: the word that offers another name of the same person. */
  nicknameOr: ReadonlySet<string>
  /** Words between `atau` and the nickname (`atau yang akrab disapa`), besides the markers. */
  nicknameFillers: ReadonlySet<string>
  /**
   * Nouns of saying and doing that open a sentence before the name of whose they are (`Janji Budi diucapkan …`,
   * `Pernyataan Budi itu …`, `Kunjungan Budi …`): never the start of the name.
   */
  possessedOpeners: ReadonlySet<string>
  /** A side or party (`pihak`): before an organisation's name, the organisation speaks (`pihak Gedung Putih`). */
  partyHeads: ReadonlySet<string>
  /**
   * Titles of birth that open a name and are part of it (`Lalu Kusnawan`, `Raden Prabowo`, `Andi`),
   * even where the same word is a common word elsewhere (`lalu lintas`).
   */
  nameTitles: ReadonlySet<string>
  /**
   * Titles of company officers after which business news names the company in
   * one word, then the person (`CEO Tokopedia William Tanuwijaya`, `Pendiri Kitabisa …`).
   */
  companyTitles: ReadonlySet<string>
  /**
   * English job titles as Indonesian business news writes them before a name (`Research Analyst`, `Head of Corporate
   * Communication`, `Managing Director`): the nouns that head one, and the words that may stand in one with them (lower
   * case; `of`, `and` join them); the words that join title words (`of`, `and`, `&`), and the one after which a word
   * of its own names the title's field (`of`: `Vice President of Marketplace`).
   */
  englishTitles: {heads: ReadonlySet<string>; words: ReadonlySet<string>; joiners: ReadonlySet<string>; fieldJoiner: string}
  /** Words of a relative clause that gives a role after a name (`yang juga`, `yang menjabat sebagai`). */
  roleClauseWords: ReadonlySet<string>
  /** Given-name prefixes a person is rarely called by alone (`Muhammad`, `Raden`, `I`); initials count as such too. */
  namePrefixes: ReadonlySet<string>
  /** Lower-case words of foreign organisation names (`of`, `for`, `and`). */
  foreignConnectors: ReadonlySet<string>
  /** Nouns written before a number or letter that they identify (`Pasal 5 Ayat (1)`, `Nomor Urut 2`): never a name. */
  referenceNouns: ReadonlySet<string>
  /** Conjunctions and prepositions that open sentences and are never names (`selain`, `namun`). */
  functionWords: ReadonlySet<string>
  /** Lower-case particles that may stand inside a name (`bin`, `van`). */
  nameParticles: ReadonlySet<string>
  /** Academic, medical and professional degrees written after a name, lower case without dots (`sppd`, `mkes`, `sh`): no part of it. */
  degrees: ReadonlySet<string>
  /** Place names that may stand between a role and a name. */
  places: ReadonlySet<string>
  /** Points of the compass (`barat`, `kidul`): a place name goes on through them, and one opens a two-word place (`Kulon Progo`). */
  compassWords: ReadonlySet<string>
  /** Adverbs that may stand between a subject and its cue (`sebelumnya`, `juga`). */
  adverbs: ReadonlySet<string>
  /** Conjunctions that open a subordinate clause (`saat`, `ketika`): a cue there reports nothing of its own. */
  subordinators: ReadonlySet<string>
}

export interface OutletLexicon {
  /** Known news outlets and agencies: lower-case form → canonical name. */
  outlets: ReadonlyMap<string, string>
  /** Canonical names of the outlets that publish in this language: one a speaker talks to may be the story's publisher. */
  homeOutlets: ReadonlySet<string>
  /** Head nouns that make the words after them an outlet (`media`, `kantor berita`), as word sequences. */
  outletHeads: ReadonlyArray<readonly string[]>
  /** Head nouns (two words) whose name follows them (`kantor berita NTB` → NTB). */
  agencyHeads: ReadonlyArray<readonly string[]>
  /** Known organisations that speak as one (`kremlin`, `gedung putih`). */
  organizations: ReadonlyMap<string, string>
  /** Credit line labels: lower-case label → role. */
  creditLabels: ReadonlyMap<string, string>
  /** Labels of a source line (`sumber`). */
  sourceLabels: ReadonlySet<string>
  /** How a report line above the dateline opens, lower case (`laporan wartawan`): the reporter's name ends the line. */
  reportLines: ReadonlyArray<string>
  /**
   * Credit notes written as a sentence of their own, by how the line ends
   * after the names, lower case → the credit's role: `Dewi Anggraini
   * berkontribusi dalam penulisan artikel ini.`
   */
  creditSentences: ReadonlyMap<string, string>
}

export interface TextLexicon {
  /** Abbreviations that end with a full stop but do not end a sentence. */
  abbreviations: ReadonlySet<string>
  /** Common abbreviations and their long forms (`korut` → `Korea Utara`). */
  expansions: ReadonlyMap<string, string>
  /** Words that end a speaker phrase after a cue (`di`, `kepada`, `saat`). */
  phraseStops: ReadonlySet<string>
  /** Day and month names: capitalised but never names. */
  calendar: ReadonlySet<string>
  /** Weekday names (a month or holiday may still end a name; a weekday never does). */
  weekdays: ReadonlySet<string>
  /** Words that introduce the addressee (`kepada`). */
  addresseeMarkers: ReadonlySet<string>
  /** Passive verbs of being asked, whose agent heard the statement (`saat dihubungi Kompas`). */
  addresseeVerbs: ReadonlySet<string>
  /** Words before a quoted name that make it a title or term, not speech (`bertajuk`). */
  titleMarkers: ReadonlySet<string>
  /** Lines that are site boilerplate, not article text (`baca juga`), lower case prefixes. */
  boilerplate: ReadonlyArray<string>
  /** Determiners that end a description (`tersebut`, `itu`). */
  demonstratives: ReadonlySet<string>
  /** Words that join two parts of one name or phrase (`Kementerian Hukum dan HAM`, `Menteri Negara untuk …`). */
  nameConnectors: ReadonlySet<string>
  /** Words that join the fields of a body's long name besides the name connectors (`serta`: `Dinas Perumahan Rakyat dan Kawasan Permukiman serta Pertanahan`). */
  fieldConnectors: ReadonlySet<string>
  /** The conjunction that joins two people or two clauses (`Budi dan Ani`). */
  additiveConjunction: string
  /** Copulas and the words that introduce what something is (`adalah`, `yakni`): a name after one, closing its sentence, is introduced there. */
  copulas: ReadonlySet<string>
  /** Relative pronouns that open a clause about the noun before (`yang`). */
  relativePronouns: ReadonlySet<string>
  /** The existential verb of `ada yang mengatakan …` (`ada`): some unnamed people say it. */
  existentials: ReadonlySet<string>
  /** Affiliation prepositions that, after a cue, open a time or occasion instead (`kata Budi pada Senin`). */
  occasionPrepositions: ReadonlySet<string>
  /** Prepositions before a place (`di Bogor`, `ke Jakarta`). */
  locatives: ReadonlySet<string>
  /** Nouns a place name follows (`Kabupaten Indramayu`); not role nouns. */
  placeNouns: ReadonlySet<string>
  /** Prepositions that join an affiliation to a role or source (`pejabat di …`, `pengamat dari …`). */
  affiliationPrepositions: ReadonlySet<string>
  /** Words that open a time or place adjunct after a cue (`mengatakan di Garut, Rabu, …`). */
  clauseAdjuncts: ReadonlySet<string>
  /** Words that open a chunk between a subject and its verb that is not the subject. */
  subjectAdjuncts: ReadonlySet<string>
  /** Words that open an action beside the speaking (`sambil`, `seraya`): `"…," kata X, sambil menunjuk …, "…"`. */
  accompanyingActions: ReadonlySet<string>
  /** Words after a name for the people with them (`Fatma Nisa dkk`, `et al.`): the name still ends the subject. */
  nameCompanions: ReadonlySet<string>
  /** Words that open a description of the subject's capacity before its verb (`selaku`, `sebagai`): `PT … selaku pengelola pasar menyatakan`. */
  capacityMarkers: ReadonlySet<string>
  /** Prepositions that open an adjunct between a subject and its verb without commas (`dalam wawancara`). */
  verbAdjuncts: ReadonlySet<string>
  /** Conjunctions of time before a passive verb of being asked (`saat dihubungi`). */
  timeConjunctions: ReadonlySet<string>
  /** Nouns of a report that stand between `menurut` and the speaker (`menurut laporan media Rusia`). */
  reportNouns: ReadonlySet<string>
  /** Words that open a sentence attributing the quote before it (`Demikian dikatakan X`). */
  closingAttribution: ReadonlySet<string>
}

export interface MorphologyLexicon {
  /** Prefixes of active verbs (meN-, ber-, ter-): a name before one is its subject. */
  verbPrefixes: ReadonlyArray<string>
  /**
   * Prefixes that make a word inside a description a verb (meN-, ber-: `membela`, `bekerja`), narrower than
   * `verbPrefixes` (no be-/te- words: `besar`, `tengah`): a description with one is a clause, not a noun phrase.
   */
  descriptionVerbPrefixes: ReadonlyArray<string>
  /** The passive prefix (di-): a chunk opening with a passive verb is an adjunct (`dihubungi kemarin`). */
  passivePrefix: string
  /**
   * Affix pairs of abstract nouns that name fields and offices, never people
   * (ke-…-an: `Kepegawaian`; pe-…-an: `Perhubungan`), with the shortest word they apply to.
   */
  institutionalCircumfixes: ReadonlyArray<WordShape>
  /** Suffixes of abstract nouns (`-asi`: `Koordinasi`), never a name's last letters, with the shortest word they apply to. */
  abstractNounSuffixes: ReadonlyArray<WordShape>
  /** Prefixes of organisation abbreviations (`Kemen-`: `Kemenkop`, `Kemendag`). */
  organizationPrefixes: ReadonlyArray<string>
  /** The possessive suffix (-nya): a long word ending in it opens a sentence as a noun (`Tujuannya …`), not a name. */
  possessiveSuffix: string
}

/** Why a reporting word is loaded: the key of its explanation in the message catalogs (`non-neutral-cue.why.<key>`). */
export type NonNeutralReason = 'doubtful' | 'excuses' | 'evading' | 'confession-or-claim' | 'confession' | 'mocking' | 'loaded'

/** A reporting word that editorialises, with the neutral cue to suggest and why it is loaded. */
export interface NonNeutralCue {
  word: string
  neutral: string
  why: NonNeutralReason
  /** The verb has other senses too (`mengakui tempe sebagai warisan`): a cue only where it introduces what was said. */
  alsoNotSpeech?: true
}

/**
 * What the editorial checks (`kutip lint`) know beyond what the engine reads
 * with. Lists whose case matters (outlet names, credit labels, calendar
 * names) are written as in news text; the others are lower case.
 */
export interface EditorialLexicon {
  /** Reporting words that follow a quote (`"…," kata X`): the engine's inverted and passive cues. Base forms; the possessive suffix is added. */
  postQuoteCues: readonly string[]
  /** Verbs by which a document, not a person, "says" what follows (`Pasal itu berbunyi, "…"`). */
  documentVerbs: readonly string[]
  /** Reporting verbs of indirect or introduced speech (`X mengatakan, "…"`, `menurut X`). */
  speechVerbs: readonly string[]
  /** Words right before a noun that make it the speaker (`kata sumber`, `menurut pejabat`, `mengutip sumber`). */
  speakerIntroducers: readonly string[]
  /** Pronouns that stand for a speaker named earlier (`lanjut dia`, `kata beliau`). */
  speakerPronouns: readonly string[]
  /** Pronouns that can only point back to a third person named earlier. */
  anaphoricPronouns: readonly string[]
  /** Reporting words that editorialise, with a neutral alternative. */
  nonNeutralCues: ReadonlyArray<NonNeutralCue>
  /** What follows a reporting verb that introduces what was said (`mengaku, …`, `mengakui bahwa …`). */
  reportedClauseOpeners: readonly string[]
  /** Words that make a speaker anonymous when they stand in the speaker slot (`sumber`, `seorang pejabat`). */
  anonymousSourceHeads: readonly string[]
  /** Words right after a source word that make it no person (`sumber daya`, `sumber dana`). */
  notPersonAfterSource: readonly string[]
  /** Words before a source word that make it a whole class (`setiap pejabat`). */
  genericQuantifiers: readonly string[]
  /** Words that join a second predicate to a clause (`turun dan meminta`). */
  predicateCoordinators: readonly string[]
  /** Words right after an anonymous source head that name an affiliation (`pejabat di Kementerian …`). */
  affiliationLinks: readonly string[]
  /** Prepositions of an affiliation inside a speaker mention (`sumber di kepolisian`). */
  mentionAffiliations: readonly string[]
  /** Words between a source word and the capitalised name of its body (`pejabat senior Kementerian …`). */
  rankQualifiers: readonly string[]
  /** Determiners after a source word that point back to someone already introduced (`pejabat itu`). */
  introducedDeterminers: readonly string[]
  /** Stated reasons for anonymity, matched as phrases. */
  anonymityReasons: readonly string[]
  /** News outlets a story may relay, as written. */
  knownOutlets: readonly string[]
  /** Nouns that introduce an outlet (`kantor berita Yonhap`). */
  outletNouns: readonly string[]
  /** Verbs and nouns of an outlet reporting (`X melaporkan`, `laporan X`). */
  outletReportVerbs: readonly string[]
  /** The noun of an outlet's report (`menurut laporan Reuters`). */
  reportNoun: string
  /** Words after the report noun that make it no outlet's report (`laporan harian`). */
  notOutletReport: readonly string[]
  /** Adverbs that may stand between an outlet and its report verb (`Reuters sebelumnya melaporkan`). */
  outletReportAdverbs: readonly string[]
  /** The preposition of a time between an outlet and its report verb (`Reuters pada Senin melaporkan`). */
  outletReportTime: string
  /** Prepositions before the outlet a quote was given to (`kata X kepada Reuters`). */
  quoteRecipients: readonly string[]
  /** Phrases that credit another outlet inline (`dikutip dari Reuters`). */
  inlineCreditPhrases: readonly string[]
  /** Labels of a credit line at the end of a story (`Sumber:`), as written. */
  creditLabels: readonly string[]
  /** Month and day names, as written: capitalised words that are never a person's name. */
  calendarWords: readonly string[]
  /** Words a title leaves in lower case (`Strategi dan Peluang dalam …`). */
  titleCaseSmallWords: readonly string[]
  /** Nouns before a quoted title, not a statement (`webinar bertopik "…"`). */
  titleNouns: readonly string[]
}

/** What comparing a quote with its source (`kutip verify`) needs to know about the language. */
export interface ComparisonLexicon {
  /** Function words left out when indirect speech is compared by content-word overlap. */
  stopwords: ReadonlySet<string>
  /** Negation words: a paraphrase must keep them (`tidak akan naik` is not `akan naik`). */
  negations: ReadonlySet<string>
  /** Ranks, titles and honorifics left out when two names are compared (`Ajun Komisaris Roland Manurung` = `Roland Manurung`). */
  nameHonorifics: ReadonlySet<string>
  /** Words that make a role another role (`Wakil Gubernur` is not `Gubernur`). */
  roleModifiers: ReadonlySet<string>
  /** Labels at the start of a transcript line that are no speaker (`Catatan:`, `Baca juga:`). */
  transcriptNonSpeakers: ReadonlySet<string>
  /** Interview labels (`T:`, `Wartawan:`): turns without a named speaker. */
  interviewLabels: ReadonlySet<string>
}

export interface Language {
  code: string
  cues: CueLexicon
  persons: PersonLexicon
  outlets: OutletLexicon
  text: TextLexicon
  morphology: MorphologyLexicon
  /** For the editorial checks of `kutip lint`. */
  editorial: EditorialLexicon
  /** For comparing quotes with sources in `kutip verify`. */
  comparison: ComparisonLexicon
  /** What kutip says to people, in this language (src/lang/messages.ts picks the catalog by locale). */
  messages: Catalog
  /** The trained name reader's knowledge and weights (src/names), where the language has one. */
  names?: NameReaderKnowledge
}
