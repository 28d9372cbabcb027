// The risk register in the browser (docs/strategy-model.md, "Risks"): an
// editor adds a risk to their organisation's item from the item's page,
// finds it in the register with its level in words and in the heat map's
// data table, and a stale edit is refused naming what changed, keeping
// what they typed. axe-core finds no WCAG 2.1 A/AA violation on the
// register, the risk's page or its edit form (also when refused).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { submitEditForm, followLink } = require('./support/forms');
const { signedInPage: signedInAs } = require('./support/session');
const { apiAs } = require('./support/api');
const { catalogue } = require('./support/catalogue');
const { axeViolations, describeViolations } = require('./support/axe');

const EDITOR = { name: 'redaktor-risiko', org: 'Hdir', role: 'editor', password: 'et langt passord 1' };
const ADMIN = { name: 'admin-risiko', org: 'Hdir', role: 'admin' };
const h = useBrowserHarness({ users: [EDITOR, ADMIN] });
const nb = catalogue('nb');

const ITEM = 'nes-2023-2030/4B-t1-d5';  // owned by Hdir in the demo
const KEY = 'test-nettleser-risiko';

async function expectNoAxeViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe-core found on ${what}:\n${describeViolations(violations)}`);
}

const signedInPage = () => signedInAs(h, EDITOR);

test('an editor adds a risk from the item page and finds it in the register in words', async () => {
  const { context, page } = await signedInPage();
  await page.goto(`/strategi/${ITEM}`);
  await page.locator('#risikoer-heading').waitFor();
  await followLink(page, page.getByRole('link', { name: nb.risks_new_link, exact: true }));
  assert.equal(new URL(page.url()).pathname, '/risikoer/ny');
  await expectNoAxeViolations(page, 'the new risk form');

  await page.locator('input[name="key"]').fill(KEY);
  await page.locator('textarea[name="description"]').fill('Testrisiko fra nettleseren');
  await page.locator('select[name="likelihood"]').selectOption('5');
  await page.locator('select[name="consequence"]').selectOption('4');
  await page.locator('input[name="review_by"]').fill('31.12.2027');
  const response = await submitEditForm(page);
  assert.equal(response.status(), 303);
  assert.equal(new URL(page.url()).pathname, `/risikoer/${KEY}`);
  assert.match(await page.locator('main [role="status"]').textContent(), new RegExp(nb.risk_saved));
  await expectNoAxeViolations(page, 'the risk page');

  await page.goto('/risikoer?niva=high');
  const row = page.locator('main table.risk-table tbody tr', { hasText: 'Testrisiko fra nettleseren' });
  assert.equal(await row.count(), 1);
  assert.match(await row.textContent(), new RegExp(nb.risk_level_high), 'the level is written in words');
  const cell = page.locator('main table.risk-heat-table tbody tr').nth(0).locator('td').nth(3);  // 5 × 4
  assert.match(await cell.textContent(), /^1 /);
  assert.equal(await page.locator('main svg.risk-heat-map[role="img"]').count(), 1);
  await expectNoAxeViolations(page, 'the risk register');
  await context.close();
});

test('a stale risk edit is refused naming what changed, keeping what was typed', async () => {
  const { context, page } = await signedInPage();
  await page.goto(`/risikoer/${KEY}/rediger`);
  const api = apiAs(h.server, ADMIN.name);
  const stored = await api.get(`/api/v1/risks/${KEY}`);
  await api.post('/api/v1/risks', { ...stored, mitigation: 'Endret av en annen', score: undefined, level: undefined });

  await page.locator('textarea[name="cause"]').fill('Min årsak');
  const response = await submitEditForm(page);
  assert.equal(response.status(), 409);
  const alert = await page.locator('main [role="alert"]').first().textContent();
  assert.match(alert, new RegExp(nb.risk_field_mitigation), 'names the changed field');
  assert.equal(await page.locator('textarea[name="cause"]').inputValue(), 'Min årsak');
  await expectNoAxeViolations(page, 'the refused risk form');
  await context.close();
});
