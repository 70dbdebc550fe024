import type {TestFn} from 'ava'
/**
 * Headless Chromium for the report tests: Debian's /usr/bin/chromium driven
 * by playwright-core (never a downloaded browser), with the flags that keep it
 * off the network. `openReport` loads an HTML file and records console
 * errors, page errors, dialogs and every request other than the file itself.
 */
import {existsSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {tempFolder} from './helpers/temp-folder.ts'

export const chromiumPath = '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)
export const noChromiumMessage = `${chromiumPath} is absent: browser tests skipped (install Debian's chromium, as .ci/run does)`

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage'
    ]
  })
}

export interface OpenedReport {
  page: Page
  file: string
  dir: string
  consoleErrors: string[]
  pageErrors: string[]
  dialogs: string[]
  requests: string[]
}

export async function openReport(browser: Browser, html: string, viewport = {width: 1280, height: 900}): Promise<OpenedReport> {
  const dir = tempFolder('kutip-report-')
  const file = path.join(dir, 'report.html')
  writeFileSync(file, html)
  const url = pathToFileURL(file).href
  const context = await browser.newContext({viewport})
  const page = await context.newPage()
  const opened: OpenedReport = {page, file, dir, consoleErrors: [], pageErrors: [], dialogs: [], requests: []}
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => opened.pageErrors.push(error.message))
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (request.url() !== url) opened.requests.push(request.url())
  })
  // Anything but the report itself is refused, so a request cannot even leave the machine.
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()))
  await page.goto(url, {waitUntil: 'load'})
  return opened
}

/**
 * One Chromium for a test file: registers the start and stop hooks and gives
 * `browserTest` (serial, or skipped with a message where Chromium is absent)
 * and `browser()` for the tests.
 */
export function useBrowser(test: TestFn): {browserTest: TestFn['serial'] | TestFn['skip']; browser: () => Browser} {
  const browserTest = hasChromium ? test.serial : test.skip
  if (!hasChromium) console.warn(noChromiumMessage)
  let browser: Browser | undefined
  test.before(async (t) => {
    t.timeout(120_000, 'starting Chromium')
    if (hasChromium) browser = await launch()
  })
  test.after.always(async () => {
    await browser?.close()
  })
  return {browserTest, browser: () => browser!}
}
