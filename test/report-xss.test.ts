import test from 'ava'
import {contentSecurityPolicy, report, type ReportInput} from '../src/index.ts'
import {openReport, useBrowser} from './report-browser.ts'
import {graphFromReading} from './report-fixtures.ts'

// Payloads that would set a global flag, open a dialog or add elements if anything from the text ran.
const script = `<script>window.__kutipPwned = 'script'; alert(1)</script>`
const img = `"><img src=x onerror="window.__kutipPwned='img'; alert(2)">`
const href = `javascript:window.__kutipPwned='href';alert(3)`
const svg = `<svg onload="window.__kutipPwned='svg'"></svg>`
const style = `</style><style>body{display:none}</style>`

const speaker = `Budi ${script}`
const outlet = `Kabar ${img}`
const other = `Warga ${href}`
const text =
  `${style} Jakarta (${outlet}) - ${speaker} mengatakan "${script} ${img} ${svg}" kata Budi kepada ${outlet}. ` +
  `Menurut ${other}, "lihat ${href} dan [x](${href})" ujarnya.\n\nSumber: ${outlet}\nEditor: ${img}\nCOPYRIGHT © ${script} 2024`

function payloadInput(): ReportInput {
  const graph = graphFromReading(text, {
    publisher: outlet,
    place: 'Jakarta',
    sources: [outlet],
    credits: [{role: `editor ${img}`, name: img}],
    copyright: {holder: script, year: 2024},
    entities: [
      {name: speaker, type: 'person', aliases: ['Budi', img], role: script, affiliation: img},
      {name: other, type: 'anonymous'},
      {name: outlet, type: 'outlet'}
    ],
    quotes: [
      {kind: 'direct', content: `${script} ${img} ${svg}`, cue: 'kata', speaker, mention: 'Budi', addressee: outlet},
      {
        kind: 'direct',
        content: `lihat ${href} dan [x](${href})`,
        cue: 'ujarnya',
        speaker: other,
        citing: outlet,
        verification: {verdict: 'altered', source: {document: `${img}.txt`, span: {start: 0, end: 5, text: script}}, score: 0.4, diff: [{op: 'insert', text: script}, {op: 'delete', text: img}]}
      }
    ]
  })
  graph.quotes[1]!.rule = img
  return {
    id: `</title>${script}`,
    path: `${href}/${img}.txt`,
    text,
    graph,
    findings: [{ruleId: `rule ${img}`, reason: `${script} message`, fatal: true, url: href, place: {start: {offset: text.indexOf('lihat')}}}]
  }
}

test('the HTML source has no script element, no event handler and no javascript: link', async (t) => {
  const html = await report([payloadInput(), {...payloadInput(), id: 'second'}], {format: 'html', title: script})
  t.notRegex(html, /<script/i)
  t.notRegex(html, /<img/i)
  t.notRegex(html, /<svg onload/i)
  // Attribute values are escaped text: blank them, then no tag may carry an event handler.
  t.notRegex(html.replace(/"[^"]*"/g, '""'), /<[a-z][^<>]*\son[a-z]+\s*=/i, 'no tag with an event-handler attribute')
  t.notRegex(html, /href\s*=\s*["']?\s*javascript:/i)
  t.regex(html, /&lt;script&gt;window\.__kutipPwned/, 'the payload is shown as text')
  t.is(html.match(/<style>/g)?.length, 1, 'only our own stylesheet')
  t.true(html.includes(`content="${contentSecurityPolicy.replace(/'/g, '&#39;')}"`))
})

test('the Markdown report escapes HTML, links and table pipes', async (t) => {
  const md = await report([payloadInput()], {format: 'md'})
  // A backslash-escaped `\<` renders as a literal `<`: only unescaped ones could open a tag.
  t.notRegex(md, /(^|[^\\])<(script|img|svg|style)/im)
  t.regex(md, /\\<script\\>/, 'the payload is kept, escaped')
  t.notRegex(md, /(^|[^\\])\]\(javascript:/im, 'no Markdown link to javascript:')
  for (const line of md.split('\n').filter((line) => line.startsWith('| 2 |'))) {
    // A quote row has exactly the 9 columns of the header: pipes inside cells are escaped.
    t.is(line.replace(/\\\|/g, '').split('|').length - 2, 9)
  }
})

test('the DOT export escapes quotes and backslashes in every label', async (t) => {
  const dot = await report([payloadInput()], {format: 'dot'})
  const {instance} = await import('@viz-js/viz')
  const result = (await instance()).render(dot, {format: 'svg'})
  t.is(result.status, 'success', 'Graphviz parses the DOT')
  t.false(/<script/i.test(result.status === 'success' ? result.output : ''))
})

const {browserTest, browser} = useBrowser(test)

async function assertInert(t: import('ava').ExecutionContext, html: string): Promise<void> {
  const opened = await openReport(browser(), html)
  const {page} = opened
  // Give any deferred handler (image error, svg load) a chance to fire.
  await page.waitForTimeout(300)
  t.is(await page.evaluate(() => (window as unknown as {__kutipPwned?: string}).__kutipPwned), undefined, 'no payload ran')
  t.deepEqual(opened.dialogs, [], 'no dialog opened')
  t.deepEqual(opened.pageErrors, [])
  t.deepEqual(opened.requests, [], 'no request (an injected <img src=x> would make one)')
  t.is(await page.locator('script, img, iframe, object, embed, style + style').count(), 0, 'no injected elements')
  const inert = await page.evaluate(() => {
    const problems: string[] = []
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`${element.tagName} ${attribute.name}`)
        if (/href$/i.test(attribute.name) && !/^(#|https?:|mailto:)/i.test(attribute.value)) problems.push(`${element.tagName} ${attribute.name}=${attribute.value}`)
      }
    }
    return problems
  })
  t.deepEqual(inert, [], 'no event handlers, every link in-page or http(s)')
  t.true((await page.locator('body').innerText()).includes(`<script>window.__kutipPwned = 'script'`), 'the payload is visible as text')
  t.true(await page.locator('body').isVisible(), 'the injected style did not hide the page')
  await page.context().close()
}

browserTest('payloads in text, names, outlets, credits, rule ids and URLs render as text: nothing runs', async (t) => {
  t.timeout(120_000)
  await assertInert(t, await report([payloadInput()], {format: 'html'}))
})

browserTest('nothing runs even with the Content-Security-Policy removed (escaping alone holds)', async (t) => {
  t.timeout(120_000)
  const html = await report([payloadInput(), {...payloadInput(), id: 'second'}], {format: 'html', title: script})
  const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  t.not(withoutPolicy, html)
  await assertInert(t, withoutPolicy)
})
