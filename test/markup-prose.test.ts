/**
 * The one markup-to-text map (src/markup/prose.ts) reads the prose retext
 * reads behind remark-retext and rehype-retext — the reading `kutip lint`
 * and the unified plugin had before it — on generated Markdown and HTML: the
 * same text, every character at its place in the file, and the same place as
 * theirs up to the first entity or escape (after which theirs drifts) and
 * outside `<code>` (whose text they placed at the tag).
 */
import test from 'ava'
import fc from 'fast-check'
import type {Root as NlcstRoot} from 'nlcst'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parseHtml} from '../src/markup/html.ts'
import {htmlProse, markdownProse} from '../src/markup/prose.ts'
import {nlcstProse, proseView} from '../src/text/text-view.ts'

/** The prose of `source` as retext reads it behind the bridges (parse-latin's tree, read by the text view). */
async function bridgedProse(format: 'markdown' | 'html', source: string) {
  const file = new VFile({value: source})
  let tree: NlcstRoot | undefined
  const chain = unified()
    .use(retextLatin as never)
    .use(() => (nlcst: NlcstRoot) => {
      tree = nlcst
    })
  const processor = format === 'markdown' ? unified().use(remarkParse).use(remarkRetext as never, chain) : unified().use(rehypeParse).use(rehypeRetext as never, chain)
  await processor.run(processor.parse(file) as never, file)
  return nlcstProse(tree!)
}

const words = fc.constantFrom('Kami', 'siap', '“bekerja', 'sama,”', 'kata', 'Raka', 'Wibisana.', 'Jakarta', '"Ya"', '—', '10.000', 'dia')
const sentence = fc.array(words, {minLength: 1, maxLength: 6}).map((list) => list.join(' '))

const markdownInline = fc.oneof(sentence, sentence.map((text) => `**${text}**`), sentence.map((text) => `[${text}](https://example.com)`), fc.constant('`kode`'), fc.constant('![foto Raka](a.png)'), fc.constant('a &amp; b'), fc.constant('\\*bukan\\*'))
const markdownBlock = fc.oneof(
  fc.array(markdownInline, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' ')),
  sentence.map((text) => `# ${text}`),
  fc.array(sentence, {minLength: 1, maxLength: 3}).map((items) => items.map((item) => `- ${item}`).join('\n')),
  sentence.map((text) => `> ${text}`),
  fc.constant('```\nkode blok\n```'),
  fc.constant('<div>html</div>'),
  fc.constant('| a | b |\n|---|---|\n| c | d |'),
  fc.tuple(sentence, sentence).map(([a, b]) => `${a}  \n${b}`),
  fc.tuple(sentence, sentence).map(([a, b]) => `${a}\n${b}`)
)
const markdownDocument = fc.tuple(fc.array(markdownBlock, {minLength: 1, maxLength: 6}), fc.constantFrom('\n\n', '\n\n\n')).map(([blocks, gap]) => blocks.join(gap) + '\n')

const htmlInline = fc.oneof(sentence, sentence.map((text) => `<b>${text}</b>`), sentence.map((text) => `<a href="#">${text}</a>`), fc.constant('<br>'), fc.constant('<code>k&lt;d</code>'), fc.constant('<img src="a.png">'), fc.constant('<del>hapus</del>'), fc.constant('a &amp; b'), fc.constant('<wbr>'))
const htmlInlines = fc.array(htmlInline, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))
const htmlBlock = fc.oneof(
  htmlInlines.map((text) => `<p>${text}</p>`),
  htmlInlines.map((text) => `<h2>${text}</h2>`),
  fc.array(htmlInlines, {minLength: 1, maxLength: 3}).map((items) => '<ul>' + items.map((item) => `<li>${item}</li>`).join('') + '</ul>'),
  fc.tuple(htmlInlines, htmlInlines).map(([a, b]) => `<div>${a}<p>${b}</p>${a}</div>`),
  fc.constant('<script>var x = "no"</script>'),
  fc.constant('<table><tr><td>sel satu</td><td>sel dua</td></tr></table>'),
  htmlInlines,
  fc.constant('<!-- kutip disable -->')
)
const htmlDocument = fc.tuple(fc.array(htmlBlock, {minLength: 1, maxLength: 6}), fc.boolean()).map(
  ([blocks, whole]) => (whole ? '<!doctype html><html><head><title>Judul</title></head><body>\n' + blocks.join('\n') + '\n</body></html>\n' : blocks.join('\n'))
)

/** The prose of both readings agree: text, and the file offset of every character whose source is not an entity or escape. */
async function agree(format: 'markdown' | 'html', source: string): Promise<boolean> {
  const before = await bridgedProse(format, source)
  const after = format === 'markdown' ? markdownProse(unified().use(remarkParse).parse(source), source) : htmlProse(parseHtml(source), source)
  if (before.text !== after.text) return false
  const file = new VFile(source)
  const [oldView, newView] = [proseView(before, file), proseView(after, file)]
  for (let offset = 0; offset < after.text.length; offset++) {
    const at = newView.fileOffset(offset)
    if (source[at] === '&' || source[at - 1] === '\\' || /\s/u.test(after.text[offset]!)) continue
    if (source[at] !== after.text[offset]) return false
    // The bridges placed every character of a text node by counting from its start, which drifts after an entity or
    // escape, and a `<code>`'s text at its tag.
    const old = oldView.fileOffset(offset)
    if (old !== at && !/[&\\]/u.test(source.slice(0, at)) && !source.slice(old).startsWith('<code>')) return false
  }
  return true
}

test('Markdown: the same prose as remark-retext gives retext, at the same places', async (t) => {
  await fc.assert(fc.asyncProperty(markdownDocument, async (source) => agree('markdown', source)), {numRuns: 300})
  t.pass()
})

test('HTML: the same prose as rehype-retext gives retext, at the same places', async (t) => {
  await fc.assert(fc.asyncProperty(htmlDocument, async (source) => agree('html', source)), {numRuns: 300})
  t.pass()
})

test('entities and escapes map to where they stand in the file', (t) => {
  const html = '<p>Dua &amp; tiga &quot;kata&quot; dia.</p>'
  const prose = htmlProse(parseHtml(html), html)
  const view = proseView(prose, new VFile(html))
  t.is(prose.text, 'Dua & tiga "kata" dia.')
  const tiga = prose.text.indexOf('tiga')
  t.is(html.slice(view.fileOffset(tiga), view.fileOffset(tiga) + 4), 'tiga')
  t.is(html.slice(view.fileOffset(prose.text.indexOf('&')), view.fileOffset(prose.text.indexOf('&')) + 5), '&amp;')
  const markdown = 'Ini \\*bukan\\* tebal.\n'
  const mdProse = markdownProse(unified().use(remarkParse).parse(markdown), markdown)
  const mdView = proseView(mdProse, new VFile(markdown))
  t.is(mdProse.text, 'Ini *bukan* tebal.')
  t.is(markdown.slice(mdView.fileOffset(mdProse.text.indexOf('tebal')), mdView.fileOffset(mdProse.text.indexOf('tebal')) + 5), 'tebal')
})
