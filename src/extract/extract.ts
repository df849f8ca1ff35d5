import nlp from 'compromise'
import type { Settings } from '../options.js'
import { allMatches } from '../match.js'
import { sourceOffset } from '../segment.js'
import type { ArticleRoot, BlockNode } from '../tree.js'
import { findDates } from './dates.js'
import { familyNames, koreanFamilies, lastNames, orgNames, personNames, placeNames, regionNames, showNames, wordGivenNames } from './gazetteer.js'
import { NameList } from './name-list.js'

/** Entity types copydesk extracts. */
export type EntityType = 'show' | 'person' | 'org' | 'place' | 'date' | 'money'

/** One distinct entity with all its mentions. */
export interface Entity {
  type: EntityType
  /** Canonical surface form: the first full mention. */
  name: string
  /**
   * Dates: ISO 8601 at the precision stated (with the option `timeReferences`,
   * also TimeML's `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`); money: amount and
   * currency code (`100000 PHP`).
   */
  value?: string
  mentions: Array<{ text: string; start: number; end: number }>
}

interface Mention {
  type: EntityType
  block: BlockNode
  start: number
  end: number
  value?: string
  /** The base name this mention stands for, when it differs from its text (“Kingdom Season 2” → “Kingdom”). */
  base?: string
}

// A quotation closes with the mark that matches its opening one, so an
// apostrophe inside (“Single’s Inferno”) does not end it; between ‘ and ’,
// a ’ is an apostrophe before a letter. Between ASCII single quotes there
// is no apostrophe: told apart, that form can backtrack badly.
const quoted = /(?<![\p{L}\p{N}])(?:[“"]([^“”"\n]{2,80}?)[”"]|‘((?:[^‘’\n]|’(?=\p{L})){2,80}?)’|'([^'\n]{2,80}?)'|‘([^‘’\n]{2,80}?)‘)(?![\p{L}\p{N}])/gu
// A capitalised word: inner periods stay (“S.H.I.E.L.D”), a final one only
// after an initial or a title (“J.”, “Dr.”), so that a run stops at the
// end of a sentence.
const capitalWord = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{M}\p{N}’'&+\-]|\.(?=[\p{L}\p{N}]))*(?:(?<=(?:^|[^\p{L}])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Jr|Sr|St|Bros))\.)?`
const capitalRun = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])${capitalWord}(?:[ \t]+(?:(?:of|the|and|in|on|at|for|to|a|an|is|are|us|de|von|van|le|la|del|della|da|di|du|dos|with|from|&|\+)[ \t]+)*${capitalWord})*`,
  'gu',
)
const small = new Set(['of', 'the', 'and', 'in', 'on', 'at', 'for', 'to', 'a', 'an', 'is', 'are', 'us', 'with', 'from', 'by', 'or', 'as', '&'])
// Lowercase only: “Song Joong Ki” and “Film Festival” are not work nouns.
const workNouns =
  /\b(?:(?:series|shows|dramas|films|movies|titles|games|albums|songs|anime|manga|books|novels|webtoons),? (?:like|such as|including)|series|show|drama|k-drama|film|movie|sequel|prequel|webtoon|manga|manhwa|anime|novel|book|comic|album|single|song|track|game|sitcom|documentary|comedy|thriller|rom-?com|dramedy|miniseries|docuseries|biopic|blockbuster|franchise|spin-?off|musical|titled|called|live-action|fairy ?tale|(?:working|tentative) title|(?:series|seasons?|episodes?|cast|finale|premiere|fans|star|stars|creator|remake|adaptation|reboot|update) of(?: the)?|credits include|filming|(?:role|roles|cameo|appear|appears|appeared|starred|starring|star|stars) in)\s+$/
// “shows that Netflix cancelled after one season, including X, Y and Z”:
// a list of works named earlier in the sentence.
const listIntro = /\b(?:include|includes|including|such as|like)\s+$/
const pluralWorks = /\b(?:series|shows|dramas|k-dramas|films|movies|titles|games|albums|songs|anime|books|novels|webtoons|sitcoms)\b/i
const pluralWorkWord = /^(?:shows|dramas|k-dramas|films|movies|titles|games|albums|songs|books|novels|webtoons|sitcoms)$/i
function worksListed(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at)
  const intro = listIntro.exec(before)
  if (!intro) return false
  const lead = before.slice(0, intro.index)
  return pluralWorks.test(lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '), 0)))
}
// “Netflix cancelled X after one season”: what is renewed or cancelled is a show.
const renewed = /\b(?:renewed|cancell?ed|axed|greenlit|green-lit|revived)\s+$/
const credits = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}) \(([^()\n“”"]{3,120})\)/gu
// “Fans of Copper Lane”: the title without who is around it.
const withoutAudience = (run: string) => run.replace(/^(?:Fans|Viewers|Readers|Stars|Cast|Members|Creators|Makers) of (?:the )?/, '')
const listJoin = /^[”"’]?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[“"‘]?$/
// A run that can stand in a list of titles: not a name, an org or a place.
// One word alone must be no English word (“Meanwhile, “Squid Game”…”).
// Nor is a run that closes a quotation inside (“Afterlife’ From Director …”).
const isTitleLike = (run: string) =>
  isTitle(run) && !personish(run) && !isKnown(run) && (/\s/.test(run) || (lexicon[run.toLowerCase()] === undefined && !/ly$/.test(run))) && !isDate(run) && !/[’”"](?!\p{L})/u.test(run)
// “Set for release in May 2026, Avengers 5”: a date before a list's item is not one.
// “Rising for 24th September”: nor is a run with a date in it.
const isDate = (run: string) => findDates(run).length > 0
// “Nintendo Insider Leaks Next Direct and Its Game Announcements”: a long
// quotation with a verb is a headline or a statement, not a title.
const quotedSentence = (inner: string) => inner.split(' ').length >= 7 && /\b(?:are|is|was|were|has|have|had|says|said|leaks|reveals|confirms|announces|will|can)\b/i.test(inner)
const nicknamed = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) [“"]\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2}[”"] \p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu
// “Loose Women star Ruth Langsford”: after a title, its cast or crew.
const creditAfter = /^\s+(?:star|stars|actor|actress|creator|showrunner|alum|director|filmmaker|writer|producer|composer)\s+\p{Lu}/u
// “2021’s Spider-Man: No Way Home”: a year's title.
const yearOwned = /(?:^|[^\p{N}])(?:19|20)\d\d['’]s\s$/u
// “will play Beverly Marsh in X”, “as Maeno in X”, “play the title character in X”.
const castIn = /\b(?:plays?|played|playing|cast as|stars? as|starring as)\s+(?:[\p{L}'’.-]+\s){1,4}in\s$|\bas\s+(?:\p{Lu}[\p{L}'’.-]*\s){1,3}in\s$/u
const roleNouns =
  /\b(?:director|actor|actress|star|singer|rapper|producer|writer|creator|showrunner|host|member|idol|ceo|chairman|founder|character|co-star|filmmaker|author|composer|comedian|presenter|model|athlete|player|coach|president|minister|leader|stars|starring|co-stars|co-starring|vocalist|guitarist|drummer|bassist|pianist|dancer|choreographer|partner|wife|husband|girlfriend|boyfriend|fiancée?|screenwriter|scriptwriter|cinematographer|journalist|reporter|critic|novelist|playwright|animator|illustrator|mangaka|influencer|contestant|spokes(?:person|man|woman)|manager|boss|midfielder|striker|defender|goalkeeper|winger|senator|governor|mayor|lawmaker|ambassador|prosecutor|lawyer|attorney|analyst|economist|professor|chancellor|secretary-general|mime|protagonist|antagonist|villain|heroine|(?:directed|written|produced|created|hosted|composed|narrated|voiced|played|portrayed) by)\s+$/i
const roleAfter = /^,? as (?:the |its |a )?(?:director|co-director|writer|scriptwriter|screenwriter|producer|executive producer|showrunner|host|composer|narrator|lead|protagonist|villain)\b/
const reportsAfter = /^ (?:reported|reports|first reported|exclusively reported|has (?:exclusively )?(?:learnt|learned|reported))\b/
// What comes before a named source: “told X”, “according to X”, “the outlet X”.
const sourceContext =
  /\b(?:told|according to|reported by|speaking to|in an interview with|sponsored by|presented by|sponsors (?:are|include)|(?:media|news) outlet|outlet|publication|newspaper|magazine|tabloid|portal|broadcaster|agency|label|distributor|publisher)\s+$/i
const orgSuffix = /\b(?:Entertainment|Studios?|Pictures|Records|Music|Media|Network|Networks|Productions|Films|Group|Company|Corporation|Corp\.?|Agency|Airlines|Airways|Motors|Bank|Brothers|Party|Association|Council|Commission|Committee|Ministry|Department|Office|Force|Authority|Institute|Foundation|Federation|League|Holdings|Inc\.?|Ltd\.?|LLC|Co\.|Channel|TV|News|Times|Post|Magazine|Herald|Daily|Software|Interactive|Technologies|Cinemas|Festival|Fund|Exchange|Trust|Organi[sz]ation|Administration|Bureau|Alliance|Capital|Management|Parfums|Fragrances|Cosmetics)$/
// Capitalised words that are never part of a name.
const notName = new Set(['Oscars', 'Oscar', 'Grammys', 'Emmys', 'Award', 'Awards', 'Festival', 'Ceremony', 'Gala', 'Bollywood', 'Tollywood', 'Kollywood', 'Hallyu', 'What', 'Who', 'Why', 'How', 'When', 'Where', 'We', 'You', 'I', 'It', 'They', 'Our', 'Your', 'Their', 'Is', 'Are', 'Will', 'Can', 'Here', 'There', 'This', 'That', 'Season', 'Part', 'Episode', 'Chapter', 'Vol'])
const facility = /\s(?:School|University|College|Academy|Hospital|Street|Road|Avenue|Square|Station|Stadium|Arena|Palace|Castle|Tower|Bridge|Airport|Factory|Plant|Center|Centre|Hall|House|Island|Islands|Village|District|Province|County|Mountain|River|Lake|Beach)$/
const demonym = /(?:ese|ean|ian|ish|ic|i)$/
const money = /(?:US\$|S\$|HK\$|A\$|C\$|[$€£₱₹¥₩]|\b(?:USD|EUR|GBP|PHP|INR|KRW|JPY|Rs\.?)\s?)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|crore|lakh|[mbk])\b)?/gi
const currencies: Record<string, string> = { $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '₱': 'PHP', '₹': 'INR', '¥': 'JPY', '₩': 'KRW', 'S$': 'SGD', 'HK$': 'HKD', 'A$': 'AUD', 'C$': 'CAD', RS: 'INR', 'RS.': 'INR' }

let gazetteerLists: { org: NameList; place: NameList; person: NameList; show: NameList } | undefined

/**
 * Extract the entities of an analysed tree: shows, people, organisations,
 * places, dates and money, one entry per distinct entity with every mention
 * positioned in `input`.
 */
export function extract(tree: ArticleRoot, input: string, settings: Settings): Entity[] {
  const blocks = tree.children.flatMap((section) => section.children)
  const mentions: Mention[] = []
  gazetteerLists ??= { org: new NameList(orgNames), place: new NameList(placeNames), person: new NameList(writtenForms(personNames)), show: new NameList(writtenForms(showNames)) }
  const user = {
    show: new NameList(settings.gazetteer.show ?? []),
    person: new NameList(settings.gazetteer.person ?? []),
    org: new NameList(settings.gazetteer.org ?? []),
    place: new NameList(settings.gazetteer.place ?? []),
  }

  // Pass 1: titles from quotes, emphasis and title contexts. The capitalised
  // runs of each block are found once, here, and read again in pass 2.
  const titles = new TitleIndex()
  const capitalRuns = new Map<BlockNode, RegExpExecArray[]>()
  for (const [index, block] of blocks.entries()) {
    const { text } = block
    const heading = headingTitle(text, blocks[index + 1]?.text)
    if (heading) titles.add(heading)
    for (const match of allMatches(quoted, text)) {
      const inner = (match[1] ?? match[2] ?? match[3] ?? match[4])!.replace(/(?<![,.;:!?])[,.;:!?]+$/, '').trim()
      // A quoted headline that is the whole of a link line is not a show;
      // a title quoted inside it is.
      if (!isTitle(inner) || inner.length > 0.6 * text.length || quotedSentence(inner)) continue
      // Carmen “Carmy” Berzatto: a nickname inside a name (but “In 'Scarlet
      // Heart: Ryeo' Season 2” quotes after a title-case preposition).
      const namedBefore = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1]
      if (namedBefore && !small.has(namedBefore.toLowerCase()) && /^ \p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 2))) continue
      // The “Standard” plan, an island dubbed “Inferno”, a hotel, “Paradise”:
      // a quoted word names a thing of its own.
      if (quotedThing(text, match.index, match.index + match[0].length, inner)) continue
      // “May 15” in quotes is a date, not a title.
      if (findDates(inner).some((date) => date.start === 0 && date.end === inner.length)) continue
      titles.add(withoutSeason(inner))
    }
    for (const { index, name } of gazetteerLists.show.find(text)) {
      const end = index + name.length
      const sequel = /^ (?:\d{1,2}|II|III|IV|V|VI)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 5))?.[0] ?? ''
      titles.add(withSubtitle(text, end + sequel.length, name + sequel, name + sequel))
    }
    // “Shinsuke Sato (Alice in Wonderland, Bleach)”: a name's credits. One
    // item alone may be a character (“Deadshot (Will Smith)”), so only lists.
    for (const match of allMatches(credits, text)) {
      const items = match[2]!.split(/, *| and /)
      // One credit is enough in a staff list (“Director: Kyohei Ishiguro (KimiUso)”).
      const staff = /^\p{Lu}[\p{L} ]{2,30}: /u.test(text)
      if ((items.length < 2 && !staff) || isKnown(match[1]!) || !items.every((item) => isTitle(item) && !isKnown(item) && !/^\d+$/.test(item))) continue
      for (const item of items) titles.add(item)
    }
    for (const [start, end] of block.data.emphasis) {
      const inner = text.slice(start, end).trim()
      if (isTitle(inner) && !/^(?:By|Photo|Image|Source|Credit|Via)\b/.test(inner)) titles.add(withoutSeason(inner))
    }
    // A run that follows a title in a list (“X, Y and Z”) is a title too;
    // so is one before it (“lists Crysis 2 and Metal Gear Solid: Rising”).
    let listEnd = -1
    const seen: Array<{ run: string; start: number; end: number }> = []
    const capitalised = allMatches(capitalRun, text)
    capitalRuns.set(block, capitalised)
    for (const match of capitalised) {
      const run = match[0].replace(/[’']s$/, '').replace(/(?<![.’'-])[.’'-]+$/, '')
      const listed = listEnd !== -1 && listJoin.test(text.slice(listEnd, match.index))
      // “…, and Fallout: New Vegas”: a listed title keeps its subtitle.
      const title = listed && isTitle(run) && !personish(run) ? withSubtitle(text, match.index + run.length, run, run) : titleIn(text, match.index, run)
      const parts = run.split(/ and /)
      if (parts.length > 1 && parts.some((part) => isTitleLike(part) && titles.begins(part))) for (const part of parts) if (isTitleLike(part)) titles.add(withoutAudience(part))
      if (title || titles.begins(run)) {
        let next = match.index
        // (“Directed by Atlee, Jawan”: who did something is no item.)
        for (let back = seen.length - 1; back >= 0 && listJoin.test(text.slice(seen[back]!.end, next)) && isTitleLike(seen[back]!.run) && !/\bby $/.test(text.slice(Math.max(0, seen[back]!.start - 3), seen[back]!.start)); back--) {
          titles.add(withoutAudience(seen[back]!.run))
          next = seen[back]!.start
        }
      }
      seen.push({ run, start: match.index, end: match.index + run.length })
      listEnd = title && !isKnown(title) ? match.index + run.length : -1
      if (listEnd === -1) continue
      // The comma after a title in apposition ends the apposition, not a list item.
      if (apposedTo.test(text.slice(Math.max(0, match.index - 10), match.index))) {
        titles.add(title!)
        listEnd = -1
        continue
      }
      // The last item of a list is joined by “and”: “…, Y and Z”.
      const introduced = listIntro.test(text.slice(Math.max(0, match.index - 20), match.index))
      // “SKY Castle and Snowdrop actress Kim Hye-yoon”: her two shows.
      const credits = creditedWork(text, match.index, run)
      // (“Snowdrop and Emma Stone actress”: a name in the list is no title.)
      if (listed || introduced || credits) {
        for (const part of title!.split(/(?<!\s)\s+and\s+/)) if (!credits || (!isKnown(part) && !personish(part))) titles.add(part)
      } else titles.add(title!)
    }
  }
  for (const name of settings.gazetteer.show ?? []) titles.add(name)

  // Pass 2: every mention, block by block.
  const verdicts = new Map<string, boolean>()
  const runsOf = new Map<BlockNode, ReturnType<typeof namesIn>>()
  for (const block of blocks) {
    const { text } = block
    const taken: Array<[number, number]> = []
    const firstMention = mentions.length
    const add = (mention: Omit<Mention, 'block'>) => {
      if (mention.end <= mention.start) return
      if (taken.some(([a, b]) => mention.start < b && mention.end > a)) return
      taken.push([mention.start, mention.end])
      mentions.push({ ...mention, block })
    }
    for (const match of allMatches(money, text)) {
      add({ type: 'money', start: match.index, end: match.index + match[0].trimEnd().length, value: moneyValue(match[0]) })
    }
    const titled = titles.in(text)
    // Where titles start and end in this block, for “Gossip Girl’s Penn
    // Badgley” and “Osamu Tezuka’s Phoenix” below.
    const titleStarts = new Set(titled.map(({ index }) => index))
    const titleEnds = new Set(titled.map(({ index, name }) => index + name.length))
    for (const { name, index } of titled) {
      // A one-word title inside a longer name is that name (“Selena” in “Selena Gomez”).
      if (!/\s/.test(name) && /^ \p{Lu}\p{Ll}/u.test(text.slice(index + name.length, index + name.length + 3))) continue
      // … and so is one after a given name (“Marceau” in “Marcel Marceau”).
      const previous = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, index - 20), index))
      if (!/\s/.test(name) && previous && givenName(previous[1]!)) continue
      const after = /^\s+(?:Season|season|Part)\s+(?:\d+|one|two|three)/.exec(text.slice(index + name.length, index + name.length + 24))
      add({ type: 'show', start: index, end: index + name.length + (after ? after[0].length : 0), base: name })
    }
    // A title outranks a date inside it (“Take Me Home Tonight”).
    for (const date of findDates(text, settings.published, settings.timeReferences)) add({ type: 'date', ...date })
    for (const [type, names] of Object.entries(user) as Array<[EntityType, NameList]>) {
      for (const { index, name } of names.find(text)) add({ type, start: index, end: index + name.length })
    }
    // An organisation's full name wins over a place or a name inside it
    // (“Singapore Airlines”, “Bank of England”, “Ford Motor Company”).
    const nameRuns = namesIn(capitalRuns.get(block)!)
    runsOf.set(block, nameRuns)
    for (const { run, start } of nameRuns) {
      // “outsourced to March Jack studio”: a name before a lower-case company noun.
      const named = /^ (?:studios?|agency|label|streamer|broadcaster|publisher)\b/.test(text.slice(start + run.length, start + run.length + 13)) && !placeNames.includes(run) && (/\s/.test(run) || lexicon[run.toLowerCase()] === undefined)
      if (orgShaped(run) || named) {
        // “Shares of Old Mutual Insurance Company”: what belongs to the organisation is not its name.
        const owner = /^\p{Lu}\p{Ll}+ of (?=\p{Lu})/u.exec(run)?.[0]
        const from = owner && !headOf.test(owner) && orgShaped(run.slice(owner.length)) ? owner.length : 0
        add({ type: 'org', start: start + from, end: start + run.length })
      }
    }
    for (const { index, name } of gazetteerLists.org.find(text)) {
      // “Megan Fox”, “Michael J. Fox”: after a given name, a family name.
      const owner = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)(?: \p{Lu}\.)* $/u.exec(text.slice(Math.max(0, index - 24), index))
      if (owner && givenName(owner[1]!) && /^\p{Lu}\p{Ll}+$/u.test(name)) continue
      // “ABC Audio”, “KBS 2TV”: a known name and a word that names a branch of it.
      const branch = /^ (?:\d?TV|Audio|Records|Music|Entertainment|Studios?|Pictures|Films|Games|Software|Animation|Media|Network|News|Radio|Publishing|Comics)(?![\p{L}\p{N}])/u.exec(text.slice(index + name.length))
      add({ type: 'org', start: index, end: index + name.length + (branch?.[0].length ?? 0) })
    }
    for (const { index, name } of gazetteerLists.place.find(text)) {
      const end = index + name.length
      // “Tokyo Ghoul”, “Virginia Woolf”: a known place followed by another
      // capitalised word is part of some other name.
      if (/^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue
      // “Toulouse, France”, “in Mobile, Alabama”: a town and its state or
      // country are one place; “London, Paris” and “South Korea, Thailand” are two.
      const [following] = gazetteerLists.place.find(text.slice(end, end + 40))
      if (following?.index === 2 && text.startsWith(', ', end) && regionNames.has(following.name) && !regionNames.has(name)) {
        add({ type: 'place', start: index, end: end + 2 + following.name.length })
        continue
      }
      const town = /\b(?:in|at|from|near|outside|of|to)\s(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), $/u.exec(text.slice(Math.max(0, index - 30), index))
      const townStart = index - 2 - (town?.[1]!.length ?? 0)
      add({ type: 'place', start: town && regionNames.has(name) && !notName.has(town[1]!) && !isKnown(town[1]!) ? townStart : index, end })
    }

    // Names compromise's lexicon lists: an organisation or a team (“ABBA”,
    // “Aston Villa”; not an abbreviation such as “Ltd”), or a city, country
    // or region (“in Calgary”, “Costa Rica’s grid”; after “of” at a
    // sentence's start, “Half of Costa Rica”), unless another name follows
    // (“Paris Hilton”).
    for (const { run, start } of nameRuns) {
      const end = start + run.length
      const tag = lexicon[run.toLowerCase()]
      if ((tag === 'Organization' || tag === 'SportsTeam') && !isKnown(run)) {
        add({ type: 'org', start, end })
        continue
      }
      const tail = run.lastIndexOf(' of ') === -1 ? '' : run.slice(run.lastIndexOf(' of ') + 4)
      const place = placeName(run) ? run : tail && placeName(tail) ? tail : undefined
      if (place && !/^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) add({ type: 'place', start: end - place.length, end })
    }

    // Carmen “Carmy” Berzatto, Dwayne “The Rock” Johnson: a nickname inside a name.
    for (const match of allMatches(nicknamed, text)) {
      if (givenName(match[1]!) || wordGivenNames.has(match[1]!)) add({ type: 'person', start: match.index, end: match.index + match[0].length })
    }
    // A performer known by one name, unless it starts a longer name (“Jennie Kim”).
    for (const { index, name } of gazetteerLists.person.find(text)) {
      const end = index + name.length
      if (!/^ \p{Lu}/u.test(text.slice(end, end + 2))) add({ type: 'person', start: index, end })
    }

    // compromise is the slowest step by far, and its cost grows with the
    // text it reads: it reads only the words around a name-like run that no
    // cheaper rule decides (50 characters either side, within the sentence;
    // 200 gave the same verdicts on dev.jsonl, MEANTIME and WNUT-17), and its
    // verdict holds for the same run elsewhere in the article. It is not
    // asked about a run it cannot take for a person (see `compromiseMayName`).
    const context = 50
    const compromiseSays = (run: string, start: number, end: number) => {
      let verdict = verdicts.get(run)
      if (verdict === undefined && !compromiseMayName(run)) verdict = false
      if (verdict === undefined) {
        const from = Math.max(0, start - context, text.lastIndexOf('. ', start) + 1)
        const stop = text.indexOf('. ', end)
        const window = text.slice(from, Math.min(end + context, stop === -1 ? text.length : stop + 1))
        // `out('offset')` reads the offsets alone; `json()` would build every term's record too (a third of the call's time).
        const people = nlp(window).people().out('offset') as Array<{ offset: { start: number } }>
        verdict = people.some(({ offset }) => offset.start >= start - from && offset.start < end - from)
        verdicts.set(run, verdict)
      }
      return verdict
    }
    // “Source: Comic Natalie”, “Sources: TV Tokyo's website, HK01”: a source line names outlets.
    const lineEnd = text.includes('\n') ? text.indexOf('\n') : text.length
    const sourceLineEnd = /^Sources?: /.test(text) ? lineEnd : -1
    for (const { run, start, raw } of nameRuns) {
      const end = start + run.length
      if (end <= sourceLineEnd && /(?:^Sources?: |, )$/.test(text.slice(0, start)) && !placeNames.includes(run) && !isDate(run)) {
        add({ type: 'org', start, end })
        continue
      }
      const tokens = run.split(/\s+/)
      const before = text.slice(Math.max(0, start - 30), start)
      const afterRole = roleNouns.test(before)
      const midSentence = /(?:^|[^\p{L}])\p{Ll}+,?\s$/u.test(before)
      // One word is a name only after a role (“singer IU”, “character
      // Legoshi”), or inside a sentence when compromise's lexicon lists it
      // as a person's name (“because he likes Messi”, “a post about Ronaldo”).
      // Not a possessive before a capital: “Pete’s Dragon” is a title.
      const knownName = tokens.length === 1 && midSentence && personWord(run) && !/^['’]s \p{Lu}/u.test(text.slice(end, end + 4))
      const personLike =
        (tokens.length >= 2 || knownName || (afterRole && !/\bmodel\s$/.test(before) && midSentence && oneWordName(run))) &&
        tokens.length <= 4 &&
        tokens.every(
          (token, index) =>
            (/^\p{Lu}/u.test(token) || inside(particles, tokens, index)) &&
            // “Go An Na”: after a family name, a capitalised “An” is a syllable of the name.
            (!small.has(token.toLowerCase()) || (index > 0 && familyNames.has(tokens[0]!))) &&
            (!notName.has(token) || (index === 0 && familyName(tokens[1] ?? ''))),
        ) &&
        !/^(?:The|A|An)\s/.test(raw) &&
        // “James Bond Racing”, “Kim Dating”: no name ends in a gerund.
        lexicon[tokens.at(-1)!.toLowerCase()] !== 'Gerund' &&
        // “Hints at Major Drama”: an adjective opens no name, unless a known name follows (“Rich Paul”, “Little Richard”).
        !(lexicon[tokens[0]!.toLowerCase()] === 'Adjective' && tokens.length > 1 && !givenName(tokens.at(-1)!) && !familyName(tokens.at(-1)!))
      // A named facility is a place: “Hyosan High School”, “Gangnam Station”.
      if (tokens.length >= 2 && facility.test(run) && !(tokens.length === 2 && givenName(tokens[0]!))) {
        add({ type: 'place', start, end })
        continue
      }
      // Two or three name-shaped words read as a person when one is a known
      // given or family name (“Selena Gomez”, “Jeremy Allen White”); “General
      // Motors” and “Moonlit Harbor” are left to compromise.
      const nameShaped =
        tokens.length <= 3 &&
        tokens.every((token, index) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)?$/u.test(token) || prefixedFamilyName.test(token) || inside(particles, tokens, index)) &&
        !/[:|]/.test(text.slice(end, end + 2)) &&
        (givenName(tokens[0]!) ||
          (wordGivenNames.has(tokens[0]!) && tokens.length >= 2 && nameEnd(tokens.at(-1)!)) ||
          familyName(tokens.at(-1)!) ||
          lastNames.has(tokens.at(-1)!) ||
          prefixedFamilyName.test(tokens.at(-1)!) ||
          (tokens.length === 2 && tokens.every(japaneseShaped)))
      // “J. R. R. Tolkien”, “J.K. Rowling”, “Michael J. Fox”: initials and a family name.
      const initialed =
        tokens.length >= 2 &&
        tokens.length <= 4 &&
        tokens.some((token) => initials.test(token)) &&
        tokens.every((token) => initials.test(token) || nameWord.test(token)) &&
        nameWord.test(tokens.at(-1)!) &&
        (nameEnd(tokens.at(-1)!) || givenName(tokens[0]!)) &&
        !isKnown(run)
      // “Gossip Girl’s Penn Badgley”: a name after a title's possessive is its cast or crew.
      const ofTitle = tokens.length >= 2 && /['’]s\s$/.test(before) && titleEnds.has(start - 3)
      // “Osamu Tezuka’s Phoenix”: a name-shaped owner of a title is its author
      // or star, unless it is a known company or place.
      const ownsTitle =
        tokens.length >= 2 &&
        tokens.length <= 3 &&
        /^['’]s\s/.test(text.slice(end, end + 3)) &&
        tokens.every((token) => /^\p{Lu}\p{Ll}+$/u.test(token) && !small.has(token.toLowerCase())) &&
        !isKnown(run) &&
        titleStarts.has(end + 3)
      // “with Shota Goto as scriptwriter”: a name followed by its job.
      const asRole = tokens.length >= 2 && roleAfter.test(text.slice(end, end + 30))
      // “Stana Katic (“Absentia,” “Castle”)”: a name followed by its credits.
      const credited = tokens.length >= 2 && /^ \((?:["“]|played by\s)/.test(text.slice(end, end + 13))
      const decided = familyNames.has(tokens[0]!) || knownName || afterRole || asRole || nameShaped || initialed || ofTitle || ownsTitle || credited
      const free = !taken.some(([a, b]) => start < b && end > a)
      if (free && personLike && (afterRole || knownName || !demonymRun(tokens)) && (decided || compromiseSays(run, start, end))) {
        // “Robert Downey, Jr.”: the suffix is part of the name.
        const suffix = /^,? (?:Jr|Sr)\.?|^,? (?:II|III|IV)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 6))
        add({ type: 'person', start, end: end + (suffix?.[0].length ?? 0) })
      } else if (
        free &&
        tokens.length <= 4 &&
        (sourceContext.test(before) || (tokens.length === 1 && reportsAfter.test(text.slice(end, end + 30)) && !personish(run) && !familyName(run) && !small.has(run.toLowerCase()) && !notName.has(run))) &&
        !demonym.test(tokens.at(-1)!) &&
        !isKnown(run)
      ) {
        // “told Korean media outlet Wikitree”, “according to Box Office
        // Theory”, “Joynews24 reported”: a source that is not a person is an organisation.
        add({ type: 'org', start, end })
      } else if (tokens.length > 2 || raw !== run) {
        // A headline or a long run holds names of its own: “… Against Amber
        // Heard & Support Johnny Depp During …”, “The Tom Hiddleston-led show”.
        for (const [from, to] of givenNamesIn(run)) add({ type: 'person', start: start + from, end: start + to })
      }
    }
    // Items of one list are of one kind: in “Gong Yoo, Park Bo-gum, and
    // Namkoong Min” or “Deng Lun or Xing Zhaolin”, a list that names a
    // person makes its other name-shaped items persons too.
    const persons = new Set(mentions.slice(firstMention).filter((mention) => mention.type === 'person').map((mention) => mention.start))
    for (const list of listsIn(text, nameRuns)) {
      // “Emma, Norman and Ray”: a list of given names is a list of people.
      if (list.every(({ run }) => givenName(run) || wordGivenNames.has(run)) && list.some(({ run }) => givenName(run))) {
        for (const { run, start } of list) add({ type: 'person', start, end: start + run.length })
      }
      if (!list.some(({ start }) => persons.has(start))) continue
      const names = list.filter(({ run }) => listedName(run))
      // A one-word item (“Nayanthara”) only among mostly full names.
      const full = names.filter(({ run }) => /\s/.test(run))
      for (const { run, start } of names) {
        if (/\s/.test(run) || full.length * 2 >= list.length) add({ type: 'person', start, end: start + run.length })
      }
    }
    // “Deadshot (Will Smith)”: a character, followed by who plays it.
    for (const { run, start } of nameRuns) {
      const end = start + run.length
      const player = text.startsWith(' (', end) ? mentions.slice(firstMention).find((mention) => mention.type === 'person' && mention.start === end + 2) : undefined
      if (player && text[player.end] === ')' && run.split(' ').length <= 3 && !isKnown(run)) add({ type: 'person', start, end })
    }
  }
  // The article-wide rules look up mentions block by block.
  const byBlock = new Map<BlockNode, Mention[]>(blocks.map((block) => [block, []]))
  for (const mention of mentions) byBlock.get(mention.block)!.push(mention)
  const addMention = (mention: Mention) => {
    mentions.push(mention)
    byBlock.get(mention.block)!.push(mention)
  }
  fullNames(byBlock, runsOf, addMention)
  acronyms(byBlock, runsOf, addMention)
  return merge(outsideAddresses(mentions), input)
}

// Nothing inside a web or mail address is a name (“reddit.com/r/Calgary”, “pbr@yna.co.kr”).
const address = /(?:https?:\/\/|www\.)[^\s<>"“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
function outsideAddresses(mentions: Mention[]): Mention[] {
  const spans = new Map<BlockNode, Array<[number, number]>>()
  return mentions.filter((mention) => {
    let found = spans.get(mention.block)
    if (!found) {
      const { text } = mention.block
      found = /:\/\/|www\.|@/.test(text) ? allMatches(address, text).map((match): [number, number] => [match.index, match.index + match[0].length]) : []
      spans.set(mention.block, found)
    }
    return !found.some(([start, end]) => mention.start < end && mention.end > start)
  })
}

/**
 * “The European Central Bank (ECB) … the ECB said”: an organisation or a
 * place followed by its initials in brackets defines an abbreviation, and
 * every use of it in the article is a mention of the same entity. The
 * initials must spell the last words of the name. An unknown name with
 * initials is no entity of its own: “Chief Executive Officer (CEO)” and
 * “Software Development Kit (SDK)” read the same way.
 */
function acronyms(byBlock: Map<BlockNode, Mention[]>, runsOf: Map<BlockNode, Array<{ run: string; start: number }>>, addMention: (mention: Mention) => void): void {
  const defined: Array<{ abbreviation: string; name: string; type: EntityType }> = []
  for (const [block, runs] of runsOf) {
    for (const { run, start } of runs) {
      const end = start + run.length
      const abbreviation = /^ \((\p{Lu}[\p{Lu}&]{1,5})\)/u.exec(block.text.slice(end, end + 10))?.[1]
      const name = abbreviation && spelledBy(run, abbreviation.replace('&', ''))
      if (!abbreviation || !name || defined.some((one) => one.abbreviation === abbreviation)) continue
      const from = end - name.length
      const found = byBlock.get(block)!.find((mention) => mention.start <= from && mention.end >= end)
      if (!found || (found.type !== 'org' && found.type !== 'place')) continue
      defined.push({ abbreviation, name: found.base ?? block.text.slice(found.start, found.end), type: found.type })
    }
  }
  for (const { abbreviation, name, type } of defined) {
    for (const block of runsOf.keys()) {
      for (const index of occurrences(block.text, abbreviation)) {
        const end = index + abbreviation.length
        // A rule may have found it already (a known name): it is linked too.
        const same = byBlock.get(block)!.find((mention) => mention.start === index && mention.end === end && mention.type === type)
        if (same) same.base = name
        else if (!overlaps(byBlock.get(block)!, index, end)) addMention({ type, block, start: index, end, base: name })
      }
    }
  }
}

/** The last words of `run` whose initials spell `letters` (“United Auto Workers” for “UAW”), if any. */
function spelledBy(run: string, letters: string): string | undefined {
  const words = run.split(' ')
  let at = letters.length
  for (let index = words.length - 1; index >= 0 && at > 0; index--) {
    const word = words[index]!
    if (small.has(word.toLowerCase())) continue
    if (word[0]!.toUpperCase() !== letters[at - 1]) return undefined
    at--
    if (at === 0) return words.slice(index).join(' ')
  }
  return undefined
}

/** Whether any of a block's mentions overlaps `[start, end)`. */
function overlaps(mentions: Mention[], start: number, end: number): boolean {
  return mentions.some((mention) => start < mention.end && end > mention.start)
}

/**
 * “Tobey Maguire’s Spider-Man … Maguire and Andrew Garfield”: once a
 * one-word name is a person, a run of two or three name-shaped words
 * ending in it, where no rule found anything, is that person's full name.
 * The words before it must be given names or words no lexicon lists, so
 * that “Director Maguire” or “Sony Maguire” stay out.
 */
function fullNames(byBlock: Map<BlockNode, Mention[]>, runsOf: Map<BlockNode, Array<{ run: string; start: number }>>, addMention: (mention: Mention) => void): void {
  const alone = new Set(
    [...byBlock.values()]
      .flat()
      .filter((mention) => mention.type === 'person')
      .map((mention) => mention.block.text.slice(mention.start, mention.end))
      .filter((text) => nameWord.test(text)),
  )
  if (!alone.size) return
  for (const [block, runs] of runsOf) {
    for (const { run, start } of runs) {
      const tokens = run.split(' ')
      if (tokens.length < 2 || tokens.length > 3 || !alone.has(tokens.at(-1)!) || isKnown(run)) continue
      const given = tokens.slice(0, -1).every((token) => nameWord.test(token) && !notName.has(token) && (givenName(token) || lexicon[token.toLowerCase()] === undefined))
      const end = start + run.length
      if (given && !overlaps(byBlock.get(block)!, start, end)) addMention({ type: 'person', start, end, block })
    }
  }
}

/**
 * Runs of a text that stand in one list: joined by commas, the last by
 * “and”, “or” or “&” (“A, B and C”; not “Directed by A, B also stars”).
 */
function listsIn<Run extends { run: string; start: number }>(text: string, runs: Run[]): Run[][] {
  const lists: Run[][] = []
  let list: Run[] = []
  let closed = false
  const end = () => {
    if (list.length > 1 && closed) lists.push(list)
    list = []
    closed = false
  }
  for (const run of runs) {
    const previous = list.at(-1)
    const gap = previous ? text.slice(previous.start + previous.run.length, run.start) : ''
    if (!previous || closed || !/^(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$/.test(gap)) end()
    else closed = /(?:and|or|&)\s+$/.test(gap)
    list.push(run)
  }
  end()
  return lists
}

// A list item that can be a person's name: one to three capitalised words
// that are names or no English word, not a known organisation or place.
function listedName(run: string): boolean {
  const tokens = run.split(/\s+/)
  if (tokens.length > 3 || isKnown(run) || orgShaped(run) || facility.test(` ${tokens.at(-1)}`)) return false
  if (tokens.length === 1) return oneWordName(run)
  return tokens.every(
    (token) =>
      /^\p{Lu}[\p{L}\p{M}’'-]*$/u.test(token) &&
      (lexicon[token.toLowerCase()] === undefined || givenName(token) || familyName(token) || familyNames.has(token) || lastNames.has(token)),
  )
}

function merge(mentions: Mention[], input: string): Entity[] {
  const placed = mentions
    .map((mention) => ({ mention, start: sourceOffset(mention.block, mention.start), end: sourceOffset(mention.block, mention.end, 'end') }))
    .sort((a, b) => a.start - b.start)
  const entities: Entity[] = []
  const byKey = new Map<string, Entity>()
  const persons: Entity[] = []
  for (const { mention, start, end } of placed) {
    // A mention whose source holds no letter or digit was misplaced by an
    // HTML quirk: leave it out rather than point at the wrong text.
    if (end <= start || !/[\p{L}\p{N}]/u.test(input.slice(start, end))) continue
    const text = mention.block.text.slice(mention.start, mention.end)
    const name = mention.base ?? text
    let key = `${mention.type}:${normalize(name)}`
    if (mention.type === 'person' && !byKey.has(key)) {
      // A later part of a known name (a surname) is that person.
      const parts = normalize(name).split(' ')
      const full = persons.filter((person) => {
        const known = normalize(person.name).split(' ')
        return parts.every((part) => known.includes(part)) && parts.length < known.length
      })
      if (full.length === 1) key = `person:${normalize(full[0]!.name)}`
    }
    let entity = byKey.get(key)
    if (!entity) {
      entity = { type: mention.type, name, ...(mention.value ? { value: mention.value } : {}), mentions: [] }
      byKey.set(key, entity)
      entities.push(entity)
      if (mention.type === 'person') persons.push(entity)
    }
    entity.mentions.push({ text: input.slice(start, end), start, end })
  }
  return withSubtitles(withSequels(withDateForms(entities)))
}

// “sometime in 2019” and “2019”, “Thursday, May 18” and “May 18”: one
// date written two ways, when one form holds the other and both resolve
// to the same value (a bare weekday is a date of its own, and so is a part
// of a period: “mid 2021” is not “2021”).
function withDateForms(entities: Entity[]): Entity[] {
  const dates = entities.filter((entity) => entity.type === 'date' && entity.value)
  const merged = new Set<Entity>()
  for (const [index, entity] of dates.entries()) {
    if (merged.has(entity)) continue
    const name = normalize(entity.name)
    for (const other of dates.slice(index + 1)) {
      const otherName = normalize(other.name)
      if (merged.has(other) || other.value !== entity.value || [name, otherName].some((form) => weekdayOnly.test(form) || partOf.test(form))) continue
      if (!wordsWithin(name, otherName) && !wordsWithin(otherName, name)) continue
      absorb(entity, other)
      merged.add(other)
    }
  }
  return entities.filter((entity) => !merged.has(entity))
}
const partOf = /\b(?:early|mid|late|end|start|beginning|middle)\b/
const weekdayOnly = /^(?:(?:this|next|last) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const wordsWithin = (short: string, long: string) => ` ${long} `.includes(` ${short} `)

/** What follows a title's one colon (“Tears of the Kingdom” in “The Legend of Zelda: Tears of the Kingdom”). */
const subtitleOf = (title: string) => /^[^:]+: ([^:]+)$/.exec(title)?.[1]

// “Tears of the Kingdom” in an article that names “The Legend of Zelda:
// Tears of the Kingdom” is that game, by its subtitle: one entity, named by
// whichever mention comes first.
function withSubtitles(entities: Entity[]): Entity[] {
  const bySubtitle = new Map<string, Entity>()
  for (const entity of entities) {
    const subtitle = entity.type === 'show' ? subtitleOf(normalize(entity.name)) : undefined
    if (subtitle && subtitle.includes(' ')) bySubtitle.set(subtitle, entity)
  }
  if (!bySubtitle.size) return entities
  const merged = new Set<Entity>()
  for (const entity of entities) {
    const full = entity.type === 'show' ? bySubtitle.get(normalize(entity.name)) : undefined
    if (!full || merged.has(full) || merged.has(entity)) continue
    const [first, second] = entity.mentions[0]!.start < full.mentions[0]!.start ? [entity, full] : [full, entity]
    absorb(first, second)
    merged.add(second)
  }
  return entities.filter((entity) => !merged.has(entity))
}

/** Move the mentions of `from` into `into`, in reading order. */
function absorb(into: Entity, from: Entity): void {
  into.mentions = [...into.mentions, ...from.mentions].sort((a, b) => a.start - b.start)
}

// “Dr. Romantic 2” in an article that also names “Dr. Romantic” is a
// mention of that show, whichever comes first.
function withSequels(entities: Entity[]): Entity[] {
  const shows = new Map(entities.filter((entity) => entity.type === 'show').map((entity) => [normalize(entity.name), entity]))
  return entities.filter((entity) => {
    const base = entity.type === 'show' && /^(.+?) (?:\d{1,2}|ii|iii|iv|v|vi)$/.exec(normalize(entity.name))?.[1]
    const show = base ? shows.get(base) : undefined
    if (!show) return true
    absorb(show, entity)
    return false
  })
}

function normalize(name: string): string {
  // “Scarlet Heart:Ryeo” is “Scarlet Heart: Ryeo”.
  return name.toLowerCase().replace(/[“”"‘’'.,]/g, '').replace(/:\s*/g, ': ').replace(/[-‐\s]+/g, ' ').trim()
}

// A title inside a capitalised run at `index`: the part after a work noun
// (“the drama The Double”, “C-drama Joy of Life 2”), or the run itself
// when a season, a year or a title in CJK brackets follows it.
function titleIn(text: string, index: number, run: string): string | undefined {
  // “Monday’s show”: the run owns what follows it.
  const possessed = /^['’]s\s/.test(text.slice(index + run.length, index + run.length + 3))
  for (const token of run.matchAll(/\S+/g)) {
    const at = index + token.index
    const candidate = run.slice(token.index)
    const before = text.slice(Math.max(0, at - 30), at)
    const cast = castIn.test(text.slice(Math.max(0, at - 60), at))
    // “cancelled Monday’s show”: what is cancelled is the owner's, not the owner.
    const renewal = renewed.test(before) && !possessed
    // “Stream Weak Hero Class 1 now on KOCOWA”, “Watch The Founder trailer”.
    // “Watch The Bizarre Trailer For …” is a headline about a trailer.
    const watch = /(?:^|[.!?:]\s+)(?:Stream|Watch|Binge|Rewatch)\s+$/.test(before) && !/\b(?:Trailers?|Teasers?|Clips?|Videos?|Promos?|Featurettes?)\b/.test(candidate)
    const listed = ((token.index === 0 && (worksListed(text, at) || renewal)) || watch) && !personish(candidate)
    // “appeared in Times Square”: one appears in places too.
    const place = /\bappear(?:s|ed)? in\s+$/.test(before) && facility.test(` ${candidate}`)
    // “the title track, Bad News,”, “the opening collection of Jawan”: a work
    // named in apposition or by its takings — not a person, not an owner.
    const namedWork = (apposedTo.test(before) || grossOf.test(before)) && !personish(candidate) && !possessed
    if ((workNouns.test(before) || yearOwned.test(before) || cast || listed || namedWork) && isTitle(candidate) && !isKnown(candidate) && !place) {
      // “as Moopy in Osamu Tezuka's Phoenix”: the title is the creator's.
      const [owner, owned] = splitPossessive(candidate)
      // “2012’s Music From Another Dimension!”: a year owns nothing.
      const title = cast || /^(?:19|20)\d\d$/.test(owner) ? owned ?? owner : owner
      const found = withoutSeason(withoutVenue(withSubtitle(text, index + run.length, title, candidate)))
      // “Stream X Now on KOCOWA”: the adverb is the call's, not the title's.
      return watch ? found.replace(/ (?:Now|Today|Tonight|Here)$/, '') : found
    }
  }
  const filler = run.replace(/^(?:If|When|While|But|And|So|Meanwhile|However|In|On|At|As|After|Before|Since|With|For|This|That|Regardless|Also|Then|Now|Is|Are|Does|Do|Did|Will|Would|Can|Could|Should|Has|Have|Was|Were|Why|How|What|Where|Who)\s+/, '')
  // “Joe Manganiello in Justice League (2017)”: a caption names the actor, then the title.
  const captioned = /^(\S+ \S+) in (?=\p{Lu})/u.exec(filler)
  const trimmed = captioned && personish(captioned[1]!) ? filler.slice(captioned[0].length) : filler
  // “Copper Hills Season 3 Release Date”: the season is inside the run.
  const season = /(?<!\s)\s+Season\s+(?:\d+|One|Two|Three|Four|Five)\b/.exec(trimmed)
  const beforeSeason = season ? trimmed.slice(0, season.index).replace(/(?<![’'"”])[’'"”]+$/, '') : ''
  // “Possibilities for Season 2”, “Renewed for Season 2”: whose season it is was said elsewhere.
  // (“'Scarlet Heart: Ryeo' Season 2”: after a colon, the run is the end of a longer title.)
  const subtitleEnd = /:\s$/.test(text.slice(Math.max(0, index - 2), index))
  if (beforeSeason && isTitle(beforeSeason) && !/\s(?:for|of|to|in|on|at|about)$/i.test(beforeSeason) && !subtitleEnd) return beforeSeason
  const numbered = sequelTitle(text, index + run.length - trimmed.length, trimmed)
  if (numbered) return numbered
  const kind = kindAfter(text, index, run)
  if (kind) return kind
  // “Shield Hero Renewed for 2 More Seasons”: a headline's verb ends the title.
  const headline = /^(.+?) (?:Renewed|Cancell?ed|Canceled|Axed|Returns|Gets (?:a )?Season)\b/.exec(trimmed)?.[1]
  if (headline && isTitle(headline) && !isKnown(headline) && !personish(headline)) return headline
  const after = text.slice(index + run.length, index + run.length + 14)
  // “X (2019)”, “X <墨雨雲間>”, “X (星漢燦爛)”, “X 楚乔传”, “X: Part Two”,
  // “Loose Women star Ruth Langsford”.
  const titled =
    /^\s+(?:season|series)\s+(?:\d|one|two|three|four|five)/i.test(after) ||
    // (“at an event for IMDb First Credit (2016)” names an event.)
    (/^\s+\((?:19|20)\d\d\)/.test(after) && !/\bevent for\s+$/.test(text.slice(Math.max(0, index - 12), index))) ||
    /^\s*[<《「『]/.test(after) ||
    // (not “actor He Yu (何与)”, a name written twice).
    (/^\s*\(?[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(after) && !personish(trimmed) && !roleNouns.test(text.slice(Math.max(0, index - 30), index))) ||
    /^:\s+(?:Part|Chapter|Volume|Vol\.)\s+(?:\d+|One|Two|Three|Four|I{1,3}|IV)\b/.test(after) ||
    // “2. Cheese in the Trap”: an item of a numbered list of titles, alone in its block.
    (/^\d{1,2}[.)] $/.test(text.slice(0, index)) && index + run.length >= text.trimEnd().length - 1 && !personish(trimmed)) ||
    creditedWork(text, index + run.length - trimmed.length, trimmed) ||
    (itsSeason(text.slice(index + run.length, index + run.length + 80)) && !isKnown(trimmed) && !personish(trimmed)) ||
    (describedAs.test(text.slice(index + run.length, index + run.length + 80)) && !isKnown(trimmed) && !personish(trimmed) && !isDate(trimmed))
  if (!titled || !isTitle(trimmed)) return undefined
  // “Dune: Part Two” keeps its part, which is its subtitle.
  const subtitled = withSubtitle(text, index + run.length, trimmed, trimmed)
  return subtitled === trimmed ? withoutSeason(trimmed) : subtitled
}


// “Avengers 5”, “Call of Duty 7”, “Brink and Guitar Hero 6”: a name and a
// sequel number, inside a capitalised run at `index`, is a title — unless
// the name counts things (“Season 2”, “Chapter 5”, “May 5”), is a device or
// a place in a series (“Switch 2”, “Nexus 6”, “Gate 5”), or the number is an
// amount (“Netflix 5 million”).
function sequelTitle(text: string, index: number, run: string): string | undefined {
  const match = /^(.+?) ([2-9])(?= |$)/.exec(run)
  if (!match) return undefined
  const after = text.slice(index + match[0].length, index + match[0].length + 12)
  if (/^(?:[.,:]?\d|%| ?(?:million|billion|thousand|percent|per|of|out|x|episodes?|seasons?|years?|months?|weeks?|days?|hours?|minutes?|times|points|stars)\b|-)/i.test(after)) return undefined
  const [owner, owned] = splitPossessive(match[1]!.split(' and ').at(-1)!)
  const name = owned ?? owner
  const last = name.split(' ').at(-1)!
  // A code (“EP 8”, “Amazon S 3”) or an English word (“Step 2”, “Rule 6”)
  // is no name.
  if (last.length <= 2 || !/^\p{L}/u.test(name) || (!name.includes(' ') && lexicon[name.toLowerCase()] !== undefined)) return undefined
  if (counters.has(last) || !isTitle(name) || isKnown(name) || personish(name)) return undefined
  return `${name} ${match[2]}`
}
const counters = new Set(
  [
    'Season Seasons Series Part Parts Episode Episodes Ep Chapter Chapters Vol Volume Volumes Book Books Act Acts Phase Phases Level Levels',
    'Round Rounds Stage Stages Game Games Matchday Wave Waves Tier Tiers Version Versions Gen Generation Mark Model Type Number No Top Day',
    'Week Year Term Grade Class Group Category Room Gate Platform Zone Route District Article Section Channel Studio Formula Apollo Covid',
    'COVID Windows PlayStation PS Switch Xbox Pixel Galaxy Nexus Note Watch iPhone iPad MacBook Surface Kindle Echo Sport Under Over Age Ages',
    'Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept September Oct October Nov November Dec December',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
  ].flatMap((line) => line.split(' ')),
)

// “Fury director David Ayer”, “SKY Castle and Snowdrop actress Kim
// Hye-yoon”: the run before a credit is the work — unless it describes or
// names the person (“Oscar-winning actress”, “Hollywood star”, “Korean
// director”, “Emma Stone and Hollywood star Brad Pitt”), or, one word
// opening a sentence, belongs to the job (“Casting director Jane Doe”).
function creditedWork(text: string, index: number, run: string): boolean {
  if (!creditAfter.test(text.slice(index + run.length, index + run.length + 16))) return false
  // The credit is the last item's (“Mara Velik and Copper Hills director …”).
  const work = run.split(' and ').at(-1)!
  const tokens = work.split(' ')
  const opensSentence = work === run && /(?:^|[.!?:]\s+)$/.test(text.slice(Math.max(0, index - 3), index))
  return (
    !isKnown(work) &&
    !personish(work) &&
    !notName.has(work) &&
    !demonymRun(tokens) &&
    !tokens.some((token) => /-\p{Ll}/u.test(token)) &&
    !(tokens.length === 1 && opensSentence)
  )
}

/** Whether the quotation `inner` at `[start, end)` names a place, a plan, a group or a nickname rather than a work. */
function quotedThing(text: string, start: number, end: number, inner: string): boolean {
  if (/\b(?:dubbed|nicknamed|code-?named|(?:ID|username|handle|gamertag|nickname)(?: (?:was|is))?|refer(?:red)? to as|call(?:s|ed)? (?:her|him|them|me|us)|hotel|island|resort|villa|mansion|restaurant|cafe|café|bar|club|village|town|planet|ship),?\s*$/.test(text.slice(Math.max(0, start - 20), start))) return true
  const after = text.slice(end, end + 16)
  // The 'Cancelled After One Season' club: a label for a group.
  if (/^\s+(?:club|hashtag|award|prize|badge)s?\b/.test(after)) return true
  const word = !inner.includes(' ') && lexicon[inner.toLowerCase()] !== undefined
  return word && /^[,.]?\s+(?:plan|option|tier|package|membership|subscription|edition|mode|feature|button|tab|section|category)s?\b/.test(after)
}

// A heading that the next block names again is the title it is about:
// “King the Land” over “… to lead the upcoming romantic comedy King the
// Land.” (not a person's name, a company or a date).
function headingTitle(text: string, next: string | undefined): string | undefined {
  if (!next || /[.!?:;,]$/.test(text) || text.includes('\n')) return undefined
  const words = text.split(' ')
  if (words.length > 8 || !words.every((word) => /^[‘'“"]?[\p{Lu}\p{N}]/u.test(word) || small.has(word))) return undefined
  const name = text.replace(/^[‘'“"]|[’'”"]$/g, '').replace(/ (?:Season )?\d{1,2}$/, '')
  const at = next.indexOf(name)
  if (at === -1 || /[\p{L}\p{N}]/u.test(next[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(next[at + name.length] ?? '')) return undefined
  // “Stana Katic”: two or three words that are no English words make a name.
  const nameShaped = words.length <= 3 && name.split(' ').every((word) => lexicon[word.toLowerCase()] === undefined)
  return isTitle(name) && !isKnown(name) && !personish(name) && !nameShaped && !isDate(name) ? name : undefined
}

// “the Turner & Hooch series”, “the Predator reboot”: a name between “the”
// and a kind of work is that work's title — not a company, a place, a
// nationality or a name (“the Netflix series”, “the Japanese series”, “the
// Tom Hiddleston-led show”).
function kindAfter(text: string, index: number, run: string): string | undefined {
  const name = run.replace(/^The /, '')
  if (name === run && !/(?:^|[^\p{L}])the $/u.test(text.slice(Math.max(0, index - 5), index))) return undefined
  if (!/^ (?:series|show|film|movie|drama|sitcom|franchise|spin-off|sequel|prequel|reboot|remake|anime|adaptation|trilogy|saga|films|movies|books|games|novel|musical|documentary|webtoon|manga)\b/.test(text.slice(index + run.length, index + run.length + 14))) return undefined
  const tokens = name.split(' ')
  const fits = isTitle(name) && !isKnown(name) && !personish(name) && !demonym.test(tokens.at(-1)!) && !tokens.some((token) => /-\p{Ll}/u.test(token)) && /\p{L}{3}/u.test(name)
  return fits ? name : undefined
}

// “the title track, Bad News,”: a song or an album named in apposition.
const apposedTo = /\b(?:album|single|track|song|EP), $/
// “the opening collection of Jawan”, “the debut of Loki”: what opens and grosses is a work.
const grossOf = /\b(?:opening|collections?|box office|grosses|debut)(?: (?:figures|numbers|weekend|day|record|collection))? (?:of|for) $/

// “Hidden Bodies, the highly-anticipated sequel to YOU”, “X, a new EP,”: a
// name described in apposition as a work (not “a webtoon contest”, whose
// head is another noun).
const describedAs =
  /^[’'”"]?, (?:the|a|an|its|their|his|her) (?:[\w-]+ ){0,3}?(?:sequel|prequel|series|film|movie|drama|k-drama|show|sitcom|album|EP|single|song|track|game|novel|book|webtoon|manga|anime|documentary|docuseries|adaptation|remake|reboot|spin-off|thriller|comedy)(?=[,.;:!?)]| (?:to|of|that|which|from|by|for|in|on|with|is|was|will|has|based|starring|directed|set|about|and)\b)/u

// “Quantico has also faltered in its second season”: what has seasons is a
// show (not “a winner whose show premiered its second season”).
function itsSeason(after: string): boolean {
  const match = /^((?: [a-z’']+){0,6}) (?:its|their) (?:first|second|third|fourth|fifth|sixth|seventh|final|latest|new|debut|sophomore|\d+(?:st|nd|rd|th)) (?:season|series)\b/.exec(after)
  return Boolean(match) && !/\b(?:who|whose|which|that|show|series|drama|network|streamer|platform)\b/.test(match![1]!)
}

// “Spider-Man: No Way Home”: a capitalised run right after a colon is the
// title's subtitle, when the title found ends where the run does.
function withSubtitle(text: string, runEnd: number, title: string, candidate: string): string {
  if (!candidate.endsWith(title) || text.slice(runEnd, runEnd + 2) !== ': ') return title
  // matchAll works on a copy: the shared expression's position is never touched.
  const [subtitle] = text.slice(runEnd + 2, runEnd + 122).matchAll(capitalRun)
  if (subtitle?.index !== 0) return title
  // “Rising for 24th September”: a date after the subtitle is not part of it;
  // “‘Ghostbusters: Afterlife’ From Filmmaker …”: nor what follows its
  // closing quote; “Tears of the Kingdom and The Super Mario Bros.”: nor
  // the next title of a list.
  const end = / (?:for|on|in|at|from|to) +(?=\d)|[’”"](?![\p{L}\p{N}])| and (?=\p{Lu})/u.exec(subtitle[0])
  const cut = end ? subtitle[0].slice(0, end.index) : subtitle[0]
  return isTitle(cut) ? `${title}: ${cut}` : title
}

// “Tokyo Ghoul's Rize Kamishiro”: what comes before the first possessive, and what after it.
function splitPossessive(title: string): [string, string | undefined] {
  // “He’s The Black Dragon”: after a pronoun, ’s is “is”.
  const possessive = /(?<!^(?:He|She|It|That|There|Here|What|Who|Where|Let))['’]s\s/.exec(title)
  return possessive ? [title.slice(0, possessive.index), title.slice(possessive.index + possessive[0].length)] : [title, undefined]
}

function withoutSeason(title: string): string {
  return title.replace(/(?<!\s)\s+(?:Season|Part)\s+(?:\d+|One|Two|Three)$/i, '')
}

// “show titled Selena + Chef on HBO Max”: a known streamer, network or place
// after a title found by its context is where it runs, not part of it (a
// quoted “Emily in Paris” keeps its place).
function withoutVenue(title: string): string {
  for (const venue of title.matchAll(/ (?:on|in|at|from|with) /g)) {
    if (isKnown(title.slice(venue.index + venue[0].length))) return title.slice(0, venue.index)
  }
  return title
}

function isTitle(text: string): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(text) || /[.!?]$/.test(text) || !/\p{L}/u.test(text)) return false
  const words = text.split(/\s+/)
  if (words.length > 10) return false
  // “The New Trailer For …”, “Shows Which Have Been …”, “K-Dramas at …”:
  // a title neither ends in a joining word nor starts with a plural work noun.
  if (/^(?:for|of|the|and|in|on|at|to|a|an|with|from|by|or|&)$/i.test(words.at(-1)!) || pluralWorkWord.test(words[0]!)) return false
  // “The 69th Primetime Emmy Awards”, “Busan Film Festival”, “Witness: The Tour”: an event.
  if (words.length > 1 && /^(?:Awards|Festival|Ceremony|Gala|Convention|Expo|Summit|Conference|Tour|Showcase)$/.test(words.at(-1)!)) return false
  // “K-pop”, “IPs”, “90s”, “No.”, “Regardless,”, “I”: a genre, a plural
  // abbreviation, a decade, a number sign, a sentence adverb or a pronoun.
  if (words.length === 1 && (/^\p{Lu}-(?:pop|drama|dramas|movie|movies|rock|beauty)$/iu.test(text) || /^(?:\p{Lu}{2,}|(?:19|20)?\d0)s$/u.test(text) || discourse.has(text) || text === 'I')) return false
  const content = words.filter((word) => !small.has(word.toLowerCase()))
  const capitals = content.filter((word) => /^[‘'“"]?[\p{Lu}\p{N}]/u.test(word)).length
  return content.length > 0 && capitals / content.length >= 0.75
}

const discourse = new Set(['No', 'Regardless', 'However', 'Meanwhile', 'Instead', 'Besides', 'Nonetheless', 'Nevertheless', 'Still', 'Also', 'Plus', 'Anyway', 'Indeed', 'Overall', 'Now', 'Then', 'Today', 'Yesterday', 'Again', 'Otherwise', 'Therefore', 'Thus', 'Hence'])
const knownNames = new Set([...orgNames, ...placeNames])
function isKnown(name: string): boolean {
  return knownNames.has(name)
}

// A capitalised run, less a trailing possessive and sentence-initial filler.
function trimRun(run: string): string {
  return run
    .replace(/[’']s$/, '')
    .replace(/(?<![.’'-])[.’'-]+$/, '')
    .replace(/^(?:The|A|An|the|a|an|If|When|While|But|And|So|Meanwhile|However|According to|According|In|On|At|As|After|Before|Since|With|For|This|That|These|Those|It|He|She|They|We|Our|His|Her|Their|Then|Now|Also|Yet|Still|Or|Plus|Later|Once|Even|Both|Did|Does|Has|Had|Was|Were|Is|Are|Why|How|What|Where|Who|Should|Could|Would|Watch|Stream|Meet|Read|See|Listen|Hey|Hi|Hello|Thanks|Thank|Congrats|Congratulations|RIP|Rip|Welcome|Goodbye|Bye|Sorry|Wow|ICYMI)\s+/, '')
    .replace(/^(?:(?:Director|Actor|Actress|Star|Singer|Rapper|Producer|Writer|Creator|Showrunner|Host|Member|Character|Filmmaker|Author)(?:-[a-z]+)?s?|CEO|Chief|Executive|President|Chairman|Chairwoman|Founder|Editor|Senator|Governor|Minister|Starring|Featuring|Including|Like)\s+/, '')
}

// compromise's lexicon, read without parsing anything.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon
// A romanised Japanese name is made of whole kana syllables (“Kyohei Ishiguro”, “Misuzu Kanno”).
const kana = /^(?:(?:ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|[kgsztdnhbpmyrwjf])?[aiueo]|n(?![aiueoy])|k(?=k)|s(?=s)|t(?=t)|p(?=p))+$/i
const japaneseShaped = (word: string) => word.length >= 3 && kana.test(word) && !lexicon[word.toLowerCase()] && !/^(?:San|Santa|Los|Las|Sao|Rio)$/.test(word)

const tagged = (word: string, tags: RegExp) => {
  const tag = lexicon[word.toLowerCase()]
  return tag !== undefined && (Array.isArray(tag) ? tag.some((one) => tags.test(one)) : tags.test(tag))
}
const givenName = (word: string) => tagged(word, /^(?:FirstName|MaleName|FemaleName)$/)
const familyName = (word: string) => tagged(word, /^LastName$/)
// The last word of a name that starts with a word-like given name: a family name, or no English word.
const nameEnd = (word: string) => familyName(word) || lexicon[word.toLowerCase()] === undefined

// “Bank of England”, “U.S. Department of Labor”: a head noun whose “of” is part of the name.
const headOf = /(?:^|\s)(?:Bank|Department|Ministry|Office|Bureau|Board|Council|Commission|Federation|Association|Government|Royal Courts?) of\s/
const notOrgStart = /^(?:Join|Follow|Subscribe|Watch|Read|Get|Download|Like|Visit|Our|Your|My|Most|Latest|Weekend|\d+K|HD|UHD|Smart)$/
// “South Korean TV” is a description, not a name.
function orgShaped(run: string): boolean {
  const tokens = run.split(/\s+/)
  if (tokens.length < 2) return false
  // “Join Our Telegram Channel”, “Weekend Box Office”, “4K TV”: a call, a description or a device, not a name.
  if (notOrgStart.test(tokens[0]!)) return false
  if (headOf.test(run)) return true
  if (/^(?:Air|Studio)\s\p{Lu}\p{Ll}+$/u.test(run) && !discourse.has(tokens[1]!)) return true
  return orgSuffix.test(run) && !tokens.slice(0, -1).some((token) => /(?:ean|ese|ian|ish)$/.test(token))
}

/**
 * The parts of a text's capitalised runs (`capitalRun` matches) that may be
 * names, trimmed, and split at “and” (“Miki Nakatani and Selena Gomez”,
 * “Singapore Airlines and the Bank of England”); `raw` is the part before
 * it was trimmed.
 */
function namesIn(capitalised: RegExpExecArray[]): Array<{ run: string; start: number; raw: string }> {
  const found: Array<{ run: string; start: number; raw: string }> = []
  for (const match of capitalised) {
    // “Gossip Girl’s Penn Badgley”, “Killer Films’ Christine Vachon”: a
    // possessive or a word such as “in” or “with” ends a name too; so does a
    // company's suffix (“PVR Ltd Sanjeev Bijli”), and a title's “of” begins
    // one (“Executive Director of PVR Ltd”).
    let from = 0
    for (const cut of [...match[0].matchAll(nameBreak), { index: match[0].length, 0: '' }]) {
      const raw = match[0].slice(from, cut.index)
      const run = trimRun(raw)
      if (run) found.push({ run, start: match.index + from + raw.indexOf(run), raw })
      from = cut.index + cut[0].length
    }
  }
  return found
}

const nameWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u
const initials = /^(?:\p{Lu}\.){1,3}$/u
// “Guillermo del Toro”, “Ana de Armas”, “John le Carré”: lower-case particles inside a name.
const particles = new Set(['de', 'von', 'van', 'le', 'la', 'del', 'della', 'da', 'di', 'du', 'dos'])
const inside = (set: ReadonlySet<string>, tokens: string[], index: number) => index > 0 && index < tokens.length - 1 && set.has(tokens[index]!)
// “McPartlin”, “MacLeod”, “O’Brien”.
const prefixedFamilyName = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u

/**
 * Names inside a longer capitalised run, as spans of `run`: a known given
 * name and the capitalised word after it (“Amber Heard”), or two more when
 * the second is a given name too or the third a family name (“Jeremy Allen
 * White”, “Lily Rose Depp”). A “-led” or “-starring” tail is not the name.
 */
function givenNamesIn(run: string): Array<[number, number]> {
  const words = [...run.matchAll(/\S+/g)].map((match) => ({ text: match[0].replace(/-(?:led|starring|fronted|directed|helmed|produced)$/, ''), at: match.index }))
  const spans: Array<[number, number]> = []
  for (let index = 0; index + 1 < words.length; index++) {
    const [first, second, third] = [words[index]!, words[index + 1]!, words[index + 2]]
    // “Ahn Ji Young of BOL4”: a family name and a given name, neither an
    // English word (“Song Sales”, “Park Life” are not names).
    const family = familyNames.has(first.text) && [first, second].every(({ text }) => lexicon[text.toLowerCase()] === undefined || givenName(text) || familyName(text))
    if (!(givenName(first.text) || family || wordGivenNames.has(first.text)) || !nameWord.test(first.text) || !nameWord.test(second.text) || notName.has(second.text)) continue
    if (isKnown(`${first.text} ${second.text}`) || orgSuffix.test(second.text) || facility.test(` ${second.text}`)) continue
    // A Korean given name is often two syllables written apart (“Ji Young”).
    const syllables = family && koreanFamilies.has(first.text) && !second.text.includes('-') && /^\p{Lu}\p{Ll}{1,5}$/u.test(third?.text ?? '')
    const last = third && nameWord.test(third.text) && (givenName(second.text) || wordGivenNames.has(second.text) || familyName(third.text) || syllables) ? third : second
    // “Lily Rose Depp”, but not “Summer Games”, nor “Jade” before “Lin Gengxin”.
    if (!givenName(first.text) && !family && (!nameEnd(last.text) || familyNames.has(second.text))) continue
    spans.push([first.at, last.at + last.text.length])
    index = words.indexOf(last)
  }
  return spans
}

const nameBreak = /(?<=[’']s|s[’']) | (?:and|in|with|for|to|at|on|from|is|are) |(?<=\b(?:Ltd|Inc|Corp|LLC|Entertainment|Studios|Pictures|Records)\.?) (?=\p{Lu})|(?<=\b(?:Director|CEO|MD|President|Head|Chairman|Chairwoman|Founder|Editor|Manager|Officer)) of /gu

/** A single capitalised word that can stand for a person: not a known place, org or common word. */
function oneWordName(word: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{M}-]+$/u.test(word) || isKnown(word) || familyNames.has(word)) return false
  // “Oscar-winning”, “Seoul-based”: a compound adjective.
  const suffix = /-(\p{Ll}+)$/u.exec(word)?.[1]
  if (suffix && (lexicon[suffix] !== undefined || /(?:ing|ed)$/.test(suffix))) return false
  const tag = lexicon[word.toLowerCase()]
  return tag === undefined || givenName(word) || familyName(word)
}

/**
 * A name, written as one (“Costa Rica”, not the ticker “PARA”), that
 * compromise's lexicon lists as a city, country, region or place.
 */
function placeName(run: string): boolean {
  if (isKnown(run) || !run.split(' ').every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) || /^(?:of|de|la|del|do|da|upon|on)$/.test(word))) return false
  const tag = lexicon[run.toLowerCase()]
  return [tag ?? []].flat().some((one) => placeTags.has(one))
}
const placeTags = new Set(['City', 'Country', 'Region', 'Place'])

/**
 * A capitalised word that compromise's lexicon lists as a given, family or
 * famous person's name only (“Messi”, “Hector”; not “Paris”, nor “Will”),
 * and that is not a Korean family name, which alone names no one person.
 */
function personWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isKnown(word) || familyNames.has(word)) return false
  const tag = lexicon[word.toLowerCase()]
  return typeof tag === 'string' && personTags.has(tag)
}
const personTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'])

/**
 * Whether compromise may take `run` for a person: a run with no word its
 * lexicon lists (“Ridhi Dogra”, “Paper Lanterns”), or with only listed words
 * none of which is a name or an honorific (“South Korean”, “Best Picture”),
 * it never did. Measured on the runs it was asked about before this check
 * (dev.jsonl, MEANTIME, WNUT-17, the bench corpus: 608), the second kind was
 * a quarter of them, and it called one a person: “Belize Let”.
 */
function compromiseMayName(run: string): boolean {
  const words = run.split(/\s+/)
  const listed = words.filter((word) => lexicon[word.toLowerCase()] !== undefined)
  return listed.length > 0 && (listed.length < words.length || listed.some((word) => tagged(word, nameOrHonorific)))
}
const nameOrHonorific = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific)$/

/** Whether a run starts like a person's name: a known family or given name (“Yang Mi”, “Noah Jupe”). */
function personish(run: string): boolean {
  const first = run.split(/\s+/)[0]!
  return familyNames.has(first) || givenName(first)
}

function demonymRun(tokens: string[]): boolean {
  return tokens.length === 1 && demonym.test(tokens[0]!)
}

interface TrieNode {
  next: Map<string, TrieNode>
  /** The title that ends here, and when it was found. */
  title?: { name: string; order: number }
}

const capitalisedWord = /(?<![\p{L}\p{N}])[\p{Lu}\p{N}]/gu

/**
 * The titles of an article, as a character trie that grows as pass 1 finds
 * them: pass 1 asks whether a run begins one, pass 2 finds them all in a
 * block. Both cost what the text costs, not the number of titles times the
 * text, which a long list article would make quadratic.
 */
class TitleIndex {
  private readonly root: TrieNode = { next: new Map() }
  private count = 0
  /** Titles that start with no capital or digit, found by search. */
  private readonly other: Array<{ name: string; order: number }> = []

  add(name: string): void {
    let node = this.root
    for (const char of name) {
      let child = node.next.get(char)
      if (!child) node.next.set(char, (child = { next: new Map() }))
      node = child
    }
    if (node.title) return
    node.title = { name, order: this.count++ }
    if (!/^[\p{Lu}\p{N}]/u.test(name)) this.other.push(node.title)
    // “The Legend of Zelda: Tears of the Kingdom” is “Tears of the Kingdom” for short.
    const subtitle = subtitleOf(name)
    // (Not “The Kotaku Review”, a review in a known outlet.)
    if (subtitle && subtitle.includes(' ') && isTitle(subtitle) && !subtitle.split(' ').some(isKnown) && !/^(?:Part|Chapter|Season|Episode|Volume|Vol\.|Book|Act|Round|The (?:Movie|Series|Final Season|Musical|Game))\b/.test(subtitle)) this.add(subtitle)
  }

  /** Whether some title starts with `run`. */
  begins(run: string): boolean {
    let node: TrieNode | undefined = this.root
    for (const char of run) if (!(node = node.next.get(char))) return false
    return true
  }

  /**
   * Every occurrence of a title in `text`, longest titles first (then in the
   * order found, then by place). A title starts with a capital or a digit, so
   * the trie is walked from each such word start, as far as the text follows it.
   */
  in(text: string): Array<{ name: string; index: number }> {
    const found: Array<{ name: string; index: number; order: number }> = []
    for (const word of allMatches(capitalisedWord, text)) {
      let node: TrieNode | undefined = this.root
      for (let at = word.index; node && at < text.length; ) {
        const char = String.fromCodePoint(text.codePointAt(at)!)
        node = node.next.get(char)
        at += char.length
        if (node?.title && !/[\p{L}\p{N}]/u.test(text[at] ?? ' ')) found.push({ ...node.title, index: word.index })
      }
    }
    for (const title of this.other) for (const index of occurrences(text, title.name)) found.push({ ...title, index })
    return found.sort((a, b) => b.name.length - a.name.length || a.order - b.order || a.index - b.index)
  }
}

function occurrences(text: string, name: string): number[] {
  const found: number[] = []
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + name.length)) {
    const before = text[index - 1] ?? ' '
    const after = text[index + name.length] ?? ' '
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(index)
  }
  return found
}

/**
 * The ways a known title or name is written: as listed, with every word
 * capitalised (“Orange Is The New Black”) and in capitals (“SHADOW AND
 * BONE:”, “YUNGBLUD’s”), but not “the bear” for “The Bear”, and not a short
 * one in capitals: “SIA” is an acronym (Singapore Airlines), not the singer.
 * Listing the forms keeps the expression case-sensitive, which is several
 * times faster than a case-blind one.
 */
function writtenForms(names: readonly string[]): string[] {
  const forms = new Set<string>()
  for (const name of names) {
    forms.add(name)
    forms.add(name.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()))
    if (name.replace(/[^\p{L}]/gu, '').length >= 5) forms.add(name.toUpperCase())
  }
  return [...forms]
}

function moneyValue(text: string): string {
  const symbol = /^(US\$|S\$|HK\$|A\$|C\$|[$€£₱₹¥₩]|USD|EUR|GBP|PHP|INR|KRW|JPY|Rs\.?)/i.exec(text.trim())?.[1] ?? '$'
  const code = currencies[symbol.toUpperCase()] ?? currencies[symbol] ?? symbol.toUpperCase()
  const number = Number(/\d[\d,]*(?:\.\d+)?/.exec(text)![0].replace(/,/g, ''))
  const scale = /billion|\bb\b/i.test(text) ? 1e9 : /million|\bm\b/i.test(text) ? 1e6 : /trillion/i.test(text) ? 1e12 : /crore/i.test(text) ? 1e7 : /lakh/i.test(text) ? 1e5 : /\bk\b/i.test(text) ? 1e3 : 1
  return `${Math.round(number * scale * 100) / 100} ${code}`
}

/** @internal The extractor's dynamically built regular expressions, for the ReDoS test. */
export function extractRegexes(): RegExp[] {
  return [capitalRun]
}
