// The one filter pattern of the lists, in a browser with JavaScript turned
// off: on /veikart, /vedtak, /portefolje and (signed in) /indikatorer,
// choosing a value and pressing the button narrows the list and the count,
// and "Nullstill" brings the whole list back. The signed-in list has no
// WCAG 2.1 A/AA violation in either language. On a phone (390 px) the
// roadmap shows its list view instead of the SVG timeline, and keeps the
// data table.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { signIn } = require('./support/session');
const { axeViolations, describeViolations } = require('./support/axe');
const { saveScreenshot } = require('./support/screenshot');

const EDITOR = { name: 'redaktor-filter', org: 'Hdir', role: 'editor', password: 'et langt passord 1' };
const h = useBrowserHarness({ users: [EDITOR] });

function noScript(width = 1280) {
  return h.browser.newContext({ baseURL: h.baseUrl, viewport: { width, height: 900 }, javaScriptEnabled: false });
}

const count = (page) => page.locator('.filter-count').innerText();

// Chooses `value` in the select `name` of the filter form, sends it and
// checks that the count changed and the reset link brings it back.
async function narrowAndReset(page, path, name, value, rows) {
  await page.goto(path);
  const before = await count(page);
  const all = await page.locator(rows).count();
  await page.locator(`form.filters select[name="${name}"]`).selectOption(value);
  await Promise.all([page.waitForLoadState(), page.locator('form.filters button[type="submit"]').click()]);
  assert.equal(new URL(page.url()).searchParams.get(name), value, `${path}: the parameter keeps its name`);
  const after = await count(page);
  const shown = await page.locator(rows).count();
  assert.notEqual(after, before, `${path}: the count changes`);
  assert.ok(shown < all, `${path}: ${shown} of ${all} rows`);
  assert.ok(after.includes(String(shown)), `${path}: "${after}" counts ${shown}`);
  await Promise.all([page.waitForLoadState(), page.locator('a.filters-reset').click()]);
  assert.equal(await count(page), before, `${path}: reset shows everything again`);
  assert.equal(await page.locator(rows).count(), all);
}

test('each list narrows with its filter form and resets, without JavaScript', async () => {
  const context = await noScript();
  const page = await context.newPage();
  await narrowAndReset(page, '/veikart', 'fase', 'i_bruk', 'tr.roadmap-row');
  await narrowAndReset(page, '/vedtak', 'status', 'postponed', 'table.report-table tbody tr');
  await narrowAndReset(page, '/portefolje', 'type', 'programme', 'table.portfolio-table tbody tr');
  await signIn(page, EDITOR);
  await narrowAndReset(page, '/indikatorer', 'synlighet', 'intern', 'table.data-table tbody tr');
  await context.close();
});

for (const lang of ['nb', 'en']) {
  test(`the signed-in indicator list with its filters has no WCAG 2.1 A/AA violations (${lang})`, async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, EDITOR);
    await page.goto(`/indikatorer?synlighet=publisert&lang=${lang}`);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe-core found:\n${describeViolations(violations)}`);
    await saveScreenshot(page, `indicator-list-${lang}-1280`);
    await context.close();
  });
}

test('on a phone the roadmap shows its list instead of the timeline, and keeps the table', async () => {
  const context = await noScript(390);
  const page = await context.newPage();
  await page.goto('/veikart');
  assert.equal(await page.locator('svg.timeline').isVisible(), false, 'the timeline is hidden');
  assert.equal(await page.locator('.roadmap-list').isVisible(), true, 'the list is shown');
  const items = await page.locator('li.roadmap-list-item').count();
  assert.equal(items, await page.locator('tr.roadmap-row').count(), 'one list item per table row');
  assert.equal(await page.locator('table.roadmap-table').isVisible(), true, 'the table is kept');
  await saveScreenshot(page, 'roadmap-list-nb-390');
  await page.setViewportSize({ width: 1366, height: 900 });
  assert.equal(await page.locator('svg.timeline').isVisible(), true, 'a wide screen shows the timeline');
  assert.equal(await page.locator('.roadmap-list').isVisible(), false, 'and not the list');
  await context.close();
});
