// What the public may see without signing in: the monitor, an indicator
// page and a published report, but not a report still being written.
// (That an internal page sends a visitor to sign in: sign_in.test.js.)
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { firstLink } = require('./support/pages');

const h = useBrowserHarness();

async function expectPublicPage(page, address) {
  const response = await page.goto(address);
  assert.equal(response.status(), 200, address);
  assert.equal(new URL(page.url()).pathname, address.split('?')[0], `${address} redirected`);
  assert.ok((await page.textContent('main h1')).trim().length > 0, `${address} has no heading`);
}

test('the monitor and an indicator work without signing in', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  await expectPublicPage(page, '/monitor');
  // An indicator whose card has a chart (figures for two or more periods).
  const indicator = await page.$eval('.indicator-card:has(.spark svg) .card-title a',
                                     (a) => a.getAttribute('href'));
  await expectPublicPage(page, indicator);
  // The chart is drawn on the server and followed by its data table.
  assert.ok(await page.locator('main svg[role="img"]').count() > 0, 'no chart');
  assert.ok(await page.locator('main table caption').count() > 0, 'no data table');
  await context.close();
});

test('a published report works without signing in', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  await expectPublicPage(page, '/rapport');
  const report = await firstLink(page, '/rapport', /^\/rapport\/[^/?#.]+(\?[^#]*)?$/);
  await expectPublicPage(page, report);
  await context.close();
});

test('a report still being written is not shown without signing in', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  await page.goto('/rapport');
  const listed = await page.$$eval('main a[href^="/rapport/2023-Q3"]', (as) => as.length);
  assert.equal(listed, 0, 'the open period 2023-Q3 is listed');
  const response = await page.goto('/rapport/2023-Q3?strategy=nes-2023-2030');
  assert.equal(response.status(), 404);
  await context.close();
});
