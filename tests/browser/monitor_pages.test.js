// The monitor's overview of a large monitor in a browser, without
// JavaScript: with 40 more indicators than the demo it comes in pages, the
// search form narrows it, "Neste side" and the page numbers lead on, and
// axe-core finds no WCAG 2.1 A/AA violation on a page, a later page or a
// search, in both languages.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { useBrowserHarness } = require('./support/harness');
const { axeViolations, describeViolations } = require('./support/axe');
const { newContext } = require('./support/browser');

// 40 published indicators serving goal 1, each with two yearly figures.
function manyIndicators(h) {
  const indicators = [];
  const measurements = [];
  for (let i = 1; i <= 40; i++) {
    const code = `mengde-${String(i).padStart(2, '0')}`;
    indicators.push({ code, name: `Mengdeindikator ${i}`, unit: 'count', direction: 'higher_is_better',
                      period_type: 'year', published: true, serves: [{ strategy: 'nes-2023-2030', item: '1' }] });
    measurements.push({ indicator: code, period: '2022', value: i }, { indicator: code, period: '2023', value: i + 1 });
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-many-')), 'many.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'fremdrift-bundle', version: 1, indicators, measurements }));
  h.server.runCli(['import', file]);
}

const h = useBrowserHarness({ setup: manyIndicators });

async function noScriptPage() {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1280, height: 900 },
                                               javaScriptEnabled: false });
  return context.newPage();
}

test('the pages, the search and the page links work without JavaScript', async () => {
  const page = await noScriptPage();
  await page.goto('/monitor');
  assert.match(await page.locator('.filter-count').innerText(), /Viser 66 av 66 indikatorer\. Side 1 av 3/);
  assert.equal(await page.locator('li.indicator-card').count() + await page.locator('.coming-list li').count(), 24);
  await page.locator('nav.pagination a[rel="next"]').click();
  await page.waitForURL(/side=2/);
  assert.equal(await page.locator('nav.pagination a[aria-current="page"]').innerText(), '2');
  await page.locator('nav.pagination a', { hasText: '3' }).click();
  await page.waitForURL(/side=3/);
  assert.ok(await page.locator('h2', { hasText: 'Andre indikatorer' }).isVisible());

  await page.fill('#mon-f-q', 'mengdeindikator 4');
  await page.locator('form.filters button[type="submit"]').click();
  await page.waitForURL(/q=mengdeindikator/);
  assert.match(await page.locator('.filter-count').innerText(), /Viser \d+ av 66 indikatorer\./);
  assert.equal(await page.locator('nav.pagination').count(), 0, 'one page of matches');
  await page.context().close();
});

for (const lang of ['nb', 'en']) {
  test(`a page, a later page and a search have no WCAG 2.1 A/AA violations (${lang})`, async (t) => {
    const page = await (await newContext(h.browser, h.baseUrl)).newPage();  // axe runs as a script
    for (const target of ['/monitor', '/monitor?side=2', '/monitor?side=3', '/monitor?q=mengde&mal=1&side=2',
                          '/monitor?q=finnes-ikke']) {
      await t.test(target, async () => {
        const response = await page.goto(`${target}${target.includes('?') ? '&' : '?'}lang=${lang}`);
        assert.equal(response.status(), 200);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `axe-core found on ${target}:\n${describeViolations(violations)}`);
      });
    }
    await page.context().close();
  });
}
