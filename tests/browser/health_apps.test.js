// A health app from sign-up to label in the browser (docs/health-apps.md):
// a vendor's user registers an app and fills in the paged form (Next/Back
// save drafts) and submits; an admin approves an evaluator and assigns
// them; the evaluator asks for more documentation on one requirement with a
// comment; the vendor sees the comment, answers and submits again; the
// evaluator accepts; the admin awards; the label shows on the public
// register and on the app's page as text. axe-core finds no violation on
// the new pages.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { signIn } = require('./support/session');
const { catalogue } = require('./support/catalogue');
const { axeViolations, describeViolations } = require('./support/axe');
const { followLink } = require('./support/forms');

const VENDOR = { name: 'leverandor', org: 'FiktivKostdata', role: 'editor', password: 'et langt passord 1' };
const EVALUATOR = { name: 'evaluator', org: 'FHI', role: 'reader', password: 'et langt passord 2' };
const ADMIN = { name: 'admin', org: 'E-helse', role: 'admin', password: 'et langt passord 3' };
const h = useBrowserHarness({ users: [VENDOR, EVALUATOR, ADMIN] });
const nb = catalogue('nb');

async function as(user) {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  const response = await signIn(page, user);
  assert.equal(response.status(), 303, `${user.name} could not sign in`);
  return { context, page };
}

async function submit(page, button) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    button.click(),
  ]);
  await page.waitForLoadState();
  return response;
}

async function expectAccessible(page) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe-core found on ${page.url()}:\n${describeViolations(violations)}`);
}

test('vendor submits, evaluator asks for more, vendor answers, evaluator accepts, admin awards, label on the register', async () => {
  const visitor = await newContext(h.browser, h.baseUrl);
  const pub = await visitor.newPage();
  assert.equal((await pub.goto('/helseapper')).status(), 200);
  await expectAccessible(pub);
  assert.equal((await pub.goto('/helseapper/sovnro-fiktiv')).status(), 200);
  assert.match(await pub.locator('main svg[role="img"] desc').textContent(), /Samlet karakter: B\./);
  await expectAccessible(pub);

  // The vendor registers the app.
  const vendor = await as(VENDOR);
  await vendor.page.goto('/helseapper/arbeid');
  await expectAccessible(vendor.page);
  await followLink(vendor.page, vendor.page.getByRole('link', { name: nb.haw_new_app }));
  await expectAccessible(vendor.page);
  const form = vendor.page.locator('main form.edit-form');
  await form.locator('input[name="key"]').fill('pusteapp-fiktiv');
  await form.locator('input[name="name"]').fill('Pusteapp (fiktiv)');
  await form.locator('input[name="app_version"]').fill('1.0');
  await form.locator('select[name="category_level"]').selectOption('selvdeklarerer');
  await form.locator('input[name="platforms"][value="android"]').check();
  await form.locator('input[name="intended_users"]').fill('voksne med astma');
  await form.locator('input[name="intended_use"]').fill('gjøre pusteøvelser');
  await form.locator('input[name="target_groups"]').fill('voksne');
  let response = await submit(vendor.page, form.getByRole('button', { name: nb.haw_register }));
  assert.equal(response.status(), 303);

  // ...starts the evaluation and goes through the pages with Next.
  const start = vendor.page.locator('main li', { hasText: 'Pusteapp (fiktiv)' }).getByRole('button', { name: nb.haw_start });
  response = await submit(vendor.page, start);
  assert.equal(response.status(), 303);
  const formUrl = new URL(vendor.page.url()).pathname;
  assert.match(formUrl, /^\/helseapper\/arbeid\/evaluering\/\d+$/);
  await expectAccessible(vendor.page);
  response = await submit(vendor.page, vendor.page.getByRole('button', { name: nb.haw_next }));
  assert.equal(response.status(), 303);
  for (let area = 1; area <= 4; area++) {
    assert.match(vendor.page.url(), new RegExp(`/side/${area + 1}$`));
    for (const radio of await vendor.page.locator('main input[type="radio"][value="yes"]').all()) await radio.check();
    if (area === 1) {
      await expectAccessible(vendor.page);
      // Back keeps the draft; then on again.
      response = await submit(vendor.page, vendor.page.getByRole('button', { name: nb.haw_back }));
      assert.match(vendor.page.url(), /\/side\/1$/);
      await vendor.page.goto(formUrl + '/side/2');
      assert.equal(await vendor.page.locator('main input[type="radio"][value="yes"]:checked').count(), 14);
    }
    if (area < 4) {
      response = await submit(vendor.page, vendor.page.getByRole('button', { name: nb.haw_next }));
      assert.equal(response.status(), 303);
    } else {
      response = await submit(vendor.page, vendor.page.getByRole('button', { name: nb.haw_save_draft }));
      assert.equal(response.status(), 303);
    }
  }
  response = await submit(vendor.page, vendor.page.getByRole('button', { name: nb.haw_submit }));
  assert.equal(response.status(), 303);
  assert.match(await vendor.page.locator('main .lead').textContent(), new RegExp(nb.haw_state_submitted));
  const id = formUrl.split('/').pop();
  const reviewUrl = `/helseapper/arbeid/evaluering/${id}/vurdering`;

  // The admin approves the evaluator and assigns them.
  const admin = await as(ADMIN);
  await admin.page.goto('/helseapper/arbeid');
  await admin.page.locator('input[name="name"]').fill(EVALUATOR.name);
  response = await submit(admin.page, admin.page.getByRole('button', { name: nb.haw_approve }));
  assert.equal(response.status(), 303);
  await admin.page.goto(reviewUrl);
  await admin.page.locator('select[name="evaluator"]').selectOption(EVALUATOR.name);
  response = await submit(admin.page, admin.page.getByRole('button', { name: nb.haw_assign }));
  assert.equal(response.status(), 303);
  await expectAccessible(admin.page);

  // The evaluator accepts all but the first, which needs documentation.
  const evaluator = await as(EVALUATOR);
  await evaluator.page.goto(reviewUrl);
  await expectAccessible(evaluator.page);
  for (const radio of await evaluator.page.locator('main input[type="radio"][value="accepted"]').all()) await radio.check();
  await evaluator.page.locator('#v-nytte-01-more').check();
  await evaluator.page.locator('#c-nytte-01').fill('Legg ved vurderingene fra brukerne.');
  response = await submit(evaluator.page, evaluator.page.getByRole('button', { name: nb.haw_save_verdicts }));
  assert.equal(response.status(), 303);
  response = await submit(evaluator.page, evaluator.page.getByRole('button', { name: nb.haw_request }));
  assert.equal(response.status(), 303);
  assert.match(await evaluator.page.locator('main .lead').textContent(), new RegExp(nb.haw_state_more_documentation));

  // The vendor sees the comment by the requirement, answers and resubmits.
  await vendor.page.goto(formUrl + '/side/2');
  assert.match(await vendor.page.locator('#krav-nytte-01').textContent(), /Legg ved vurderingene fra brukerne\./);
  await vendor.page.locator('#e-nytte-01').fill('https://example.org/brukervurderinger');
  response = await submit(vendor.page, vendor.page.getByRole('button', { name: nb.haw_save_draft }));
  assert.equal(response.status(), 303);
  await vendor.page.goto(formUrl + '/side/5');
  response = await submit(vendor.page, vendor.page.getByRole('button', { name: nb.haw_submit }));
  assert.equal(response.status(), 303);

  // The evaluator accepts; the admin awards.
  await evaluator.page.goto(reviewUrl);
  assert.match(await evaluator.page.locator('#krav-nytte-01').textContent(), /brukervurderinger/);
  await evaluator.page.locator('#v-nytte-01-ok').check();
  response = await submit(evaluator.page, evaluator.page.getByRole('button', { name: nb.haw_save_verdicts }));
  assert.equal(response.status(), 303);
  await admin.page.goto(reviewUrl);
  await admin.page.locator('#d-awarded').check();
  response = await submit(admin.page, admin.page.getByRole('button', { name: nb.haw_decide }));
  assert.equal(response.status(), 303);
  assert.match(await admin.page.locator('main .lead').textContent(), /Avgjort/);

  // The label is on the public register, as text.
  await pub.goto('/helseapper');
  const row = pub.locator('main table tbody tr', { hasText: 'Pusteapp (fiktiv)' });
  assert.match(await row.textContent(), /samlet karakter A/);
  await row.getByRole('link').click();
  assert.match(await pub.locator('main svg[role="img"] desc').textContent(), /Samlet karakter: A\./);
  assert.match(await pub.locator('main svg[role="img"]').textContent(), /App kontrollert/);
  await expectAccessible(pub);

  await visitor.close();
  await vendor.context.close();
  await evaluator.context.close();
  await admin.context.close();
});
