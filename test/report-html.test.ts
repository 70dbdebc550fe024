import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import test from 'ava'
import {extract, report} from '../src/index.ts'
import {openReport, useBrowser} from './report-browser.ts'
import {graphFromReading, ownArticle, seedPath, seedReading} from './report-fixtures.ts'

const {browserTest, browser} = useBrowser(test)

function isPng(file: string): boolean {
  const bytes = readFileSync(file)
  return bytes.length > 1000 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
}

browserTest('the seed article as the editor read it: renders offline, no errors, a graph node per speaker', async (t) => {
  t.timeout(120_000)
  const seed = seedReading()
  if (!seed) {
    t.log('../shared/seed is absent: using our own article instead')
  }
  const input = seed
    ? {id: 'antara-kim-rusia', path: seedPath, ...seed}
    : {id: 'own-article', text: ownArticle.text, graph: graphFromReading(ownArticle.text, ownArticle.reading)}
  const html = await report([input], {format: 'html'})
  const opened = await openReport(browser(), html)
  const {page} = opened

  const screenshot = path.join(opened.dir, 'report.png')
  await page.screenshot({path: screenshot, fullPage: true})
  t.true(statSync(screenshot).size > 0)
  t.true(isPng(screenshot), 'the screenshot is a PNG')
  t.log('screenshot: ' + screenshot)

  t.deepEqual(opened.consoleErrors, [], 'no console errors (CSP violations included)')
  t.deepEqual(opened.pageErrors, [])
  t.deepEqual(opened.requests, [], 'no network requests')

  const speakers = input.graph.quotes.map((quote) => quote.speaker).filter((id): id is string => id !== null)
  const distinct = new Set(speakers).size
  t.true(distinct >= (seed ? 8 : 3))
  t.is(await page.locator('figure.graph svg g.node.speaker').count(), distinct, 'one graph node per speaker')
  t.is(await page.locator('table.quotes tbody tr').count(), input.graph.quotes.length, 'one table row per quote')
  t.is(await page.locator('.text a.hl.direct, .text a.hl.mixed, .text a.hl.indirect').count() >= input.graph.quotes.length, true)

  // Each speaker's graph node is labelled with the speaker's name.
  const names = await page.locator('figure.graph svg g.node.speaker text').allTextContents()
  for (const entity of input.graph.entities.filter((entity) => speakers.includes(entity.id))) {
    t.true(names.some((name) => entity.name.startsWith(name.replace(/…$/, ''))), `graph node for ${entity.name}`)
  }

  // A highlighted quote links to its row, and the row links back to the text.
  const first = page.locator('.text a.hl.direct').first()
  const href = (await first.getAttribute('href')) ?? ''
  t.regex(href, /^#a1-q\d+$/)
  await first.click()
  t.is(await page.evaluate(() => location.hash), href)
  t.is(await page.locator(`tr${href}`).count(), 1)

  // Nothing in the page can run: no script elements at all.
  t.is(await page.locator('script').count(), 0)
  await page.context().close()
})

browserTest('the seed article through the engine (extract): renders offline, a graph node per speaker it found', async (t) => {
  t.timeout(120_000)
  const text = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : ownArticle.text
  const graph = extract(text)
  const opened = await openReport(browser(), await report([{id: 'antara-kim-rusia (engine)', text, graph}]))
  const {page} = opened
  const screenshot = path.join(opened.dir, 'engine.png')
  await page.screenshot({path: screenshot, fullPage: true})
  t.true(isPng(screenshot))
  t.log('screenshot: ' + screenshot)
  t.deepEqual(opened.consoleErrors, [])
  t.deepEqual(opened.requests, [])
  const speakers = new Set(graph.quotes.map((quote) => quote.speaker).filter((id) => id !== null))
  t.is(await page.locator('figure.graph svg g.node.speaker').count(), speakers.size)
  t.is(await page.locator('table.quotes tbody tr').count(), graph.quotes.length)
  await page.context().close()
})

browserTest('on a phone the quotes table becomes cards and nothing overflows sideways', async (t) => {
  t.timeout(120_000)
  const input = {id: 'own-article', text: ownArticle.text, graph: graphFromReading(ownArticle.text, ownArticle.reading)}
  const opened = await openReport(browser(), await report([input]), {width: 390, height: 844})
  const {page} = opened
  await page.screenshot({path: path.join(opened.dir, 'phone.png'), fullPage: true})
  t.log('phone screenshot: ' + path.join(opened.dir, 'phone.png'))
  t.deepEqual(opened.consoleErrors, [])
  t.is(await page.locator('table.quotes thead').evaluate((head) => getComputedStyle(head).display), 'none')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  t.true(overflow <= 1, `page is ${overflow}px wider than the phone`)
  await page.context().close()
})

browserTest('printing: the report lays out as a PDF with navigation hidden', async (t) => {
  t.timeout(120_000)
  const input = {id: 'own-article', text: ownArticle.text, graph: graphFromReading(ownArticle.text, ownArticle.reading)}
  const opened = await openReport(browser(), await report([input, {...input, id: 'again'}]))
  const {page} = opened
  await page.emulateMedia({media: 'print'})
  t.is(await page.locator('nav.toc').first().evaluate((nav) => getComputedStyle(nav).display), 'none')
  t.is(await page.locator('section.article').nth(1).evaluate((section) => getComputedStyle(section).breakBefore), 'page')
  const pdf = await page.pdf({format: 'A4'})
  t.is(pdf.subarray(0, 5).toString(), '%PDF-')
  await page.context().close()
})

browserTest('in Indonesian (longer labels) the page still fits a phone and reads its labels from the catalog', async (t) => {
  t.timeout(120_000)
  const input = {id: 'own-article', text: ownArticle.text, graph: graphFromReading(ownArticle.text, ownArticle.reading)}
  const opened = await openReport(browser(), await report([input, {...input, id: 'again'}], {locale: 'id'}), {width: 390, height: 844})
  const {page} = opened
  await page.screenshot({path: path.join(opened.dir, 'phone-id.png'), fullPage: true})
  t.log('phone screenshot (id): ' + path.join(opened.dir, 'phone-id.png'))
  t.deepEqual(opened.consoleErrors, [])
  t.deepEqual(opened.requests, [])
  t.is(await page.evaluate(() => document.documentElement.lang), 'id')
  // The phone layout's cell labels (CSS `content: attr(data-label)`) are the Indonesian column names.
  const label = await page.locator('table.quotes tbody tr').first().locator('td').nth(1).evaluate((cell) => getComputedStyle(cell, '::before').content)
  t.is(label, '"Jenis"')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  t.true(overflow <= 1, `page is ${overflow}px wider than the phone`)
  await page.context().close()
})
