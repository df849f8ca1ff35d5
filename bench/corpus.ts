/**
 * A deterministic synthetic corpus for the benchmark: articles the project
 * writes itself from word lists, in text, markdown and HTML, with names,
 * titles, dates, money, speculation and promo blocks. No third-party text.
 */

const people = ['Kim Min-jun', 'Park Seo-yeon', 'Lee Do-hyun', 'Dana Whitfield', 'Priya Nandakumar', 'Tomas Ferreira', 'Aiko Tanaka', 'Marcus Reed', 'Chen Wei', 'Sofia Alvarez']
const shows = ['Moonlit Harbor', 'The Glass Orchard', 'Salt and Signal', 'Northbound Lights', 'A Quiet Ledger', 'Paper Lanterns', 'The Ninth Tide', 'Copper Hills']
const orgs = ['Streamly', 'Netflix', 'tvN', 'HBO', 'Studio Lumen', 'Brightline Pictures', 'Orbit Records']
const places = ['Seoul', 'Lisbon', 'Tokyo', 'Busan', 'London', 'Toronto', 'Manila']
const months = ['January', 'March', 'June', 'August', 'October', 'December']

const newsTemplates = [
  '{show} drew {n} million viewers in its first week, according to figures released by {org}.',
  'Director {person} told reporters in {place} that filming wrapped on {month} {day}, {year}.',
  'The series, which stars {person} and {person2}, topped the charts in {n} countries last year.',
  '{org} confirmed that {show} will premiere on {month} {day}, {year}.',
  '“We have the whole arc mapped out,” {person} said at a press event in {place}.',
  'The first season of {show} earned ${n}.{d} million at the box office in {year}.',
]
const speculationTemplates = [
  'If {org} renews {show}, a second season could arrive in late {year}.',
  'It remains unclear whether {person} would return, since rumours suggest another project.',
  'Fans hope the cliffhanger will finally be resolved, and we expect news sometime in {year}.',
  'An insider claims {person} might join the cast, though nothing has been confirmed.',
]
const promoTemplates = [
  'READ: The {n} best dramas to stream this {month}',
  'Subscribe to our newsletter for weekly streaming deals!',
  'Get {n}% off your first month with code LUMEN{d}.',
  'Follow us on Instagram for behind-the-scenes photos.',
  'Binge all {n} episodes of {show} on {org} now.',
]

/** A small, seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One article of about `size` characters, in the given format. */
export function article(seed: number, size: number, format: 'text' | 'markdown' | 'html'): string {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const fill = (template: string) =>
    template
      .replaceAll('{show}', pick(shows))
      .replaceAll('{person2}', pick(people))
      .replaceAll('{person}', pick(people))
      .replaceAll('{org}', pick(orgs))
      .replaceAll('{place}', pick(places))
      .replaceAll('{month}', pick(months))
      .replaceAll('{day}', String(1 + Math.floor(next() * 28)))
      .replaceAll('{year}', String(2019 + Math.floor(next() * 8)))
      .replaceAll('{n}', String(2 + Math.floor(next() * 40)))
      .replaceAll('{d}', String(Math.floor(next() * 10)))
  const blocks: Array<{ kind: 'heading' | 'paragraph'; text: string }> = [{ kind: 'heading', text: `${pick(shows)} Season ${2 + Math.floor(next() * 3)}: What We Know` }]
  let length = 0
  while (length < size) {
    const roll = next()
    const templates = roll < 0.6 ? newsTemplates : roll < 0.85 ? speculationTemplates : promoTemplates
    const sentences = templates === promoTemplates ? 1 : 2 + Math.floor(next() * 3)
    const text = Array.from({ length: sentences }, () => fill(pick(templates))).join(' ')
    blocks.push({ kind: next() < 0.08 ? 'heading' : 'paragraph', text })
    length += text.length + 2
  }
  if (format === 'html') {
    const body = blocks.map((block) => (block.kind === 'heading' ? `<h2>${escape(block.text)}</h2>` : `<p>${escape(block.text)}</p>`)).join('\n')
    return `<!doctype html><html><head><title>Article</title><script>var x = 1</script></head><body><nav><a href="/">Home</a></nav><article>\n${body}\n</article><footer>© Example</footer></body></html>`
  }
  if (format === 'markdown') return blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text)).join('\n\n')
  return blocks.map((block) => block.text).join('\n\n')
}

const titleWords = ['Copper', 'Lantern', 'Harbor', 'Moon', 'Glass', 'River', 'Paper', 'Tide', 'Stone', 'Night', 'Silver', 'Crown', 'Orchard', 'Signal', 'Ledger', 'Garden']

/**
 * A roundup of about `size` characters in which every item names titles of
 * its own (“12. The Silver Harbor”): the number of distinct titles grows
 * with the article, which is where a per-title scan would turn quadratic.
 */
export function listArticle(seed: number, size: number): string {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const title = (n: number) => `The ${pick(titleWords)} ${pick(titleWords)} ${n}`
  const blocks = ['The Shows Everyone Is Watching']
  let length = 0
  for (let item = 1; length < size; item++) {
    const name = title(item)
    const text = `${name} stars ${pick(people)} and, like “${title(item + 100_000)}” before it, drew ${2 + Math.floor(next() * 40)} million viewers on ${pick(orgs)}. Fans of ${name} hope for more.`
    blocks.push(`${item}. ${name}`, text)
    length += text.length + name.length + 8
  }
  return blocks.join('\n\n')
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
}

/** About `total` characters of articles of varied length and format. */
export function corpus(total: number, seed = 1): string[] {
  const next = random(seed)
  const formats = ['text', 'markdown', 'html'] as const
  const articles: string[] = []
  let length = 0
  for (let index = 0; length < total; index++) {
    const size = 1500 + Math.floor(next() * 6000)
    const text = article(seed * 100_000 + index, size, formats[index % 3]!)
    articles.push(text)
    length += text.length
  }
  return articles
}
