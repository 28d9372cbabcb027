// A roadmap too large to draw on one page (render/roadmap_overview.h):
// with 360 deliverables /veikart lists the goals first. The overview has
// no WCAG 2.1 A/AA violation in either language; following a goal's link
// without JavaScript draws that goal's deliverables on the timeline and
// in the table (the roadmap page axe checks on the demo), and "show all"
// draws every one.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { axeViolations, describeViolations } = require('./support/axe');

// Three goals of 120 deliverables each.
function largeStrategy() {
  const items = [];
  for (let g = 1; g <= 3; g++) {
    items.push({ key: `g${g}`, code: String(g), level: 1, parent: null, title: `Stort mål ${g}` });
  }
  for (let d = 1; d <= 360; d++) {
    items.push({ key: `d${d}`, level: 2, parent: `g${1 + Math.floor((d - 1) / 120)}`, title: `Stor leveranse ${d}`,
                 owners: ['Hdir'], start: '2030-01-01', end: '2031-06-30', phase_from: 'konsept',
                 phase_to: d % 3 === 0 ? 'i_bruk' : 'konsept' });
  }
  return { format: 'fremdrift-bundle', version: 1,
           strategies: [{ key: 'stor-2030', name: 'Stor strategi', period_start: 2030, period_end: 2034,
                          published: true, level_names: ['Mål', 'Leveranse'], items }] };
}

const h = useBrowserHarness({
  setup: async (harness) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-roadmap-'));
    const file = path.join(dir, 'stor.json');
    fs.writeFileSync(file, JSON.stringify(largeStrategy()));
    harness.server.runCli(['import', file]);
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

for (const lang of ['nb', 'en']) {
  test(`the overview by goal has no WCAG 2.1 A/AA violations (${lang})`, async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(`/veikart?strategi=stor-2030&lang=${lang}`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('table.roadmap-overview-table tbody tr').count(), 3);
    assert.equal(await page.locator('tr.roadmap-row').count(), 0, 'no deliverable rows');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe-core found:\n${describeViolations(violations)}`);
    await context.close();
  });
}

test('a goal\'s link and "show all" reach the deliverables, without JavaScript', async () => {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1280, height: 900 },
                                               javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/veikart?strategi=stor-2030');
  // Wait for the next page itself: waitForLoadState() would answer for
  // the page already loaded, before the click's navigation begins.
  await Promise.all([page.waitForURL((u) => u.searchParams.get('mal') === 'g2', { waitUntil: 'load' }),
                     page.locator('table.roadmap-overview-table tbody tr').nth(1).locator('a').click()]);
  assert.equal(new URL(page.url()).searchParams.get('mal'), 'g2');
  assert.equal(await page.locator('tr.roadmap-row').count(), 120);
  assert.equal(await page.locator('.timeline-figure svg').count(), 1);
  assert.equal(await page.locator('form.filters select[name="mal"]').inputValue(), 'g2', 'the form shows the goal');
  // (The goal's roadmap is the page accessibility.test.js checks with axe
  // on the demo; axe on 120 bars takes minutes on a loaded machine.)
  await page.goto('/veikart?strategi=stor-2030');
  await Promise.all([page.waitForURL((u) => u.searchParams.get('visning') === 'alle', { waitUntil: 'load' }),
                     page.locator('.roadmap-overview-all a').click()]);
  assert.equal(await page.locator('tr.roadmap-row').count(), 360);
  await context.close();
});
