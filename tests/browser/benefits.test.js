// Benefits realisation in the browser (docs/strategy-model.md, "Benefits"):
// an editor adds a benefit to their organisation's item from the item's
// page, typing the date as Norwegians do, gets each error beside its field
// when the form is incomplete, changes its state with a comment and
// deletes it after confirming. axe-core finds no WCAG 2.1 A/AA violation
// on the form (also when refused), the benefit's page, the delete form and
// the item's page; and the strategy's and the portfolio's pages show their
// own risks' heat map with its data table, also without violations.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { submitEditForm, followLink } = require('./support/forms');
const { signedInPage: signedInAs } = require('./support/session');
const { apiAs } = require('./support/api');
const { catalogue } = require('./support/catalogue');
const { axeViolations, describeViolations } = require('./support/axe');

const EDITOR = { name: 'redaktor-gevinst', org: 'Hdir', role: 'editor', password: 'et langt passord 2' };
const ADMIN = { name: 'admin-gevinst', org: 'Hdir', role: 'admin' };
const h = useBrowserHarness({ users: [EDITOR, ADMIN] });
const nb = catalogue('nb');

const ITEM = 'nes-2023-2030/4B-t1-d5';  // owned by Hdir in the demo
const KEY = 'test-nettleser-gevinst';

async function expectNoAxeViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe-core found on ${what}:\n${describeViolations(violations)}`);
}

const signedInPage = () => signedInAs(h, EDITOR);

test('an editor adds a benefit from the item page, fixing what the form names', async () => {
  const { context, page } = await signedInPage();
  await page.goto(`/strategi/${ITEM}`);
  await page.locator('#gevinster-heading').waitFor();
  await followLink(page, page.getByRole('link', { name: nb.benefit_new_link, exact: true }));
  assert.equal(new URL(page.url()).pathname, '/gevinster/ny');
  assert.equal(await page.locator(`input[name="items"][value="${ITEM}"]`).isChecked(), true, 'the item is ticked');
  await expectNoAxeViolations(page, 'the new benefit form');

  // Without a description and with an impossible date: refused, each error by its field.
  await page.locator('input[name="key"]').fill(KEY);
  await page.locator('input[name="by"]').fill('31.13.2030');
  let response = await submitEditForm(page);
  assert.equal(response.status(), 400);
  assert.match(await page.locator('#f-description-error').textContent(), new RegExp(nb.problem_required));
  assert.ok(await page.locator('#f-by-error').count(), 'the date has its error');
  assert.equal(await page.locator('input[name="by"]').inputValue(), '31.13.2030', 'what was typed is kept');
  await expectNoAxeViolations(page, 'the refused benefit form');

  await page.locator('textarea[name="description"]').fill('Testgevinst fra nettleseren');
  await page.locator('select[name="kind"]').selectOption('quality');
  await page.locator('input[name="target"]').fill('1 234 per år');
  await page.locator('input[name="by"]').fill('31.12.2030');
  response = await submitEditForm(page);
  assert.equal(response.status(), 303);
  assert.equal(new URL(page.url()).pathname, `/gevinster/${KEY}`);
  assert.match(await page.locator('main [role="status"]').textContent(), new RegExp(nb.benefit_saved));
  assert.match(await page.locator('main').textContent(), /31\.12\.2030/);
  await expectNoAxeViolations(page, 'the benefit page');
  await context.close();
});

test('an editor changes the state with a comment, then deletes the benefit', async () => {
  const { context, page } = await signedInPage();
  await page.goto(`/gevinster/${KEY}`);
  await page.getByRole('link', { name: nb.benefit_edit_link, exact: true }).click();
  await page.locator('select[name="state"]').selectOption('realising');
  await page.locator('textarea[name="comment"]').fill('Pilot i to kommuner');
  let response = await submitEditForm(page);
  assert.equal(response.status(), 303);
  const main = await page.locator('main').textContent();
  assert.match(main, new RegExp(nb.benefit_state_realising), 'the state in words');
  assert.match(main, /Pilot i to kommuner/);

  await followLink(page, page.getByRole('link', { name: nb.benefit_delete_link, exact: true }));
  await expectNoAxeViolations(page, 'the delete form');
  await page.getByLabel(nb.benefit_delete_confirm.replace('{description}', 'Testgevinst fra nettleseren')).check();
  response = await submitEditForm(page);
  assert.equal(response.status(), 303);
  assert.equal(new URL(page.url()).pathname, `/strategi/${ITEM}`);
  assert.match(await page.locator('main [role="status"]').first().textContent(), new RegExp(nb.benefit_deleted));
  assert.equal(await page.locator('main').getByText('Testgevinst fra nettleseren').count(), 0);
  await expectNoAxeViolations(page, 'the item page after deleting');
  await context.close();
});

test('the strategy and portfolio pages show their risks in a heat map with its table', async () => {
  const api = apiAs(h.server, ADMIN.name);
  await api.post('/api/v1/risks', { key: 'test-kart-1', subject: ITEM, description: 'Testrisiko for kartet',
                                    likelihood: 4, consequence: 5 });
  await api.post('/api/v1/risks', { key: 'test-kart-2', subject_kind: 'portfolio_item',
                                    subject: 'digital-hjemmeoppfolging', description: 'Testrisiko i porteføljen',
                                    likelihood: 1, consequence: 3 });
  const { context, page } = await signedInPage();
  for (const [path, likelihoodRow, consequence] of [['/strategi/nes-2023-2030', 1, 5], ['/portefolje', 4, 3]]) {
    await page.goto(path);
    const section = page.locator('main section.risk-heat');
    await section.waitFor();
    assert.equal(await section.locator('svg.risk-heat-map[role="img"]').count(), 1, `${path}: the chart`);
    const cell = section.locator('table.risk-heat-table tbody tr').nth(likelihoodRow).locator('td').nth(consequence - 1);
    assert.match(await cell.textContent(), /^1 /, `${path}: the table has the risk in its cell`);
    await expectNoAxeViolations(page, path);
  }
  await context.close();
});
