// Strategy evaluations kept in the browser (docs/strategy-model.md,
// "Evaluations"): an admin adds an evaluation from the strategy page's
// section "Evalueringer av strategien", gets each error beside its field
// when the form is incomplete, adds a question without saving, saves it
// and sees it as a table on the strategy's page, then deletes it after
// confirming. axe-core finds no WCAG 2.1 A/AA violation on the form (also
// when refused), the strategy's page with the evaluation and the delete
// form.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { submitWith, followLink } = require('./support/forms');
const { signedInPage: signedInAs } = require('./support/session');
const { catalogue } = require('./support/catalogue');
const { axeViolations, describeViolations } = require('./support/axe');

const ADMIN = { name: 'admin-evaluering', org: 'Hdir', role: 'admin', password: 'et langt passord 3' };
const h = useBrowserHarness({ users: [ADMIN] });
const nb = catalogue('nb');

const STRATEGY = 'nes-2023-2030';
const KEY = 'test-nettleser-evaluering';

async function expectNoAxeViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe-core found on ${what}:\n${describeViolations(violations)}`);
}

test('an admin adds an evaluation from the strategy page, fixing what the form names, then deletes it', async () => {
  const { context, page } = await signedInAs(h, ADMIN);
  await page.goto(`/strategi/${STRATEGY}`);
  await page.locator('#evalueringer-heading').waitFor();
  await followLink(page, page.getByRole('link', { name: nb.evaluation_new_link, exact: true }));
  assert.equal(new URL(page.url()).pathname, `/strategi/${STRATEGY}/evalueringer/ny`);
  await expectNoAxeViolations(page, 'the new evaluation form');
  const save = () => submitWith(page, page.getByRole('button', { name: nb.edit_save, exact: true }));

  // Without a title and with a date that is neither a year nor a date: each error by its field.
  await page.locator('input[name="key"]').fill(KEY);
  await page.locator('input[name="date"]').fill('våren 2026');
  await page.locator('select[name="status_scale"]').selectOption('robusthet');
  let response = await save();
  assert.equal(response.status(), 400);
  assert.ok(await page.locator('#f-title_nb-error').count(), 'the title has its error');
  assert.ok(await page.locator('#f-date-error').count(), 'the date has its error');
  assert.equal(await page.locator('input[name="date"]').inputValue(), 'våren 2026', 'what was typed is kept');
  await expectNoAxeViolations(page, 'the refused evaluation form');

  // The answers now offer the robustness scale's levels; one more question without saving.
  await page.locator('input[name="title_nb"]').fill('Evaluering fra nettleseren');
  await page.locator('input[name="date"]').fill('2026');
  await page.locator('input[name="q0_question_nb"]').fill('Er valgene tydelige?');
  await page.locator('select[name="q0_answer"]').selectOption('i_noen_grad');
  response = await submitWith(page, page.getByRole('button', { name: nb.evaluation_more_questions, exact: true }));
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('fieldset.evaluation-question').count(), 4);
  assert.equal(await page.locator('input[name="q0_question_nb"]').inputValue(), 'Er valgene tydelige?');
  response = await save();
  assert.equal(response.status(), 303);
  assert.equal(new URL(page.url()).pathname, `/strategi/${STRATEGY}`);
  assert.match(await page.locator('main [role="status"]').first().textContent(), new RegExp(nb.evaluation_saved));
  const section = page.locator('section.strategy-evaluations');
  assert.match(await section.textContent(), /Evaluering fra nettleseren/);
  assert.match(await section.textContent(), /I noen grad/, 'the answer in words');
  await expectNoAxeViolations(page, 'the strategy page with the evaluation');

  await followLink(page, section.getByRole('link', { name: nb.evaluation_delete_link.replace('{title}', 'Evaluering fra nettleseren') }));
  await expectNoAxeViolations(page, 'the delete form');
  await page.getByLabel(nb.evaluation_delete_confirm.replace('{title}', 'Evaluering fra nettleseren')).check();
  response = await submitWith(page, page.getByRole('button', { name: nb.evaluation_delete_submit, exact: true }));
  assert.equal(response.status(), 303);
  assert.match(await page.locator('main [role="status"]').first().textContent(), new RegExp(nb.evaluation_deleted));
  assert.equal(await page.locator('main').getByText('Evaluering fra nettleseren').count(), 0);
  await context.close();
});
