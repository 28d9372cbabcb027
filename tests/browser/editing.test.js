// An editor at work in the browser: signs in, changes a deliverable and an
// assessment of their own organisation and sees the change; is refused on
// another organisation's deliverable, in the page and through crafted
// POSTs (with and without the CSRF token); and a stale edit is refused
// with the message, keeping what they typed.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { submitEditForm, followLink } = require('./support/forms');
const { signedInPage: signedInAs, csrfToken } = require('./support/session');
const { apiAs } = require('./support/api');
const { catalogue } = require('./support/catalogue');

const EDITOR = { name: 'redaktor-hdir', org: 'Hdir', role: 'editor', password: 'et langt passord 1' };
const ADMIN = { name: 'admin-test', org: 'Hdir', role: 'admin' };
const h = useBrowserHarness({ users: [EDITOR, ADMIN], setup: handOtherItemToNhn });
const nb = catalogue('nb');

// Demo data: deliverables of the 2023–2030 strategy owned by Hdir, and the
// open reporting period 2023-Q3. OTHER is handed to NHN before the tests.
const STRATEGY = 'nes-2023-2030';
const OWN = '1B-t1-d2';
const OTHER = '1B-t1-d1';
const OPEN_PERIOD = '2023-Q3';

const itemPage = (key) => `/strategi/${STRATEGY}/${key}`;
const assessPage = (key) => `/rapport/${OPEN_PERIOD}/vurder/item:${key}?strategy=${STRATEGY}`;
const reportPage = `/rapport/${OPEN_PERIOD}?strategy=${STRATEGY}`;

let api;
const ids = {};
async function storedItem(key) {
  return api.get(`/api/v1/items/${ids[key]}`);
}

async function handOtherItemToNhn(h) {
  api = apiAs(h.server, ADMIN.name);
  const items = await api.get(`/api/v1/items?strategy=${STRATEGY}`);
  for (const key of [OWN, OTHER]) ids[key] = items.find((i) => i.key === key).id;
  const other = await storedItem(OTHER);
  await api.put(`/api/v1/items/${ids[OTHER]}`, { version: other.version, owners: ['NHN'] });
}

const signedInPage = () => signedInAs(h, EDITOR);

test('an editor changes a deliverable of their own organisation and sees the change', async () => {
  const { context, page } = await signedInPage();
  await page.goto(itemPage(OWN));
  await followLink(page, page.getByRole('link', { name: nb.edit_link, exact: true }));
  assert.equal(new URL(page.url()).pathname, `/element/${ids[OWN]}/rediger`);

  const title = 'Innføring av velferdsteknologi i alle kommuner';
  await page.locator('input[name="title"]').fill(title);
  await page.locator('textarea[name="description"]').fill('Endret i nettleseren.');
  const response = await submitEditForm(page);
  assert.equal(response.status(), 303);

  assert.equal(new URL(page.url()).pathname, itemPage(OWN));
  assert.match(await page.locator('main [role="status"]').textContent(), new RegExp(nb.edit_saved));
  assert.equal((await page.locator('main h1').textContent()).trim(), title);
  assert.match(await page.locator('main').textContent(), /Endret i nettleseren\./);
  assert.equal((await storedItem(OWN)).title, title);
  await context.close();
});

test('an editor assesses a deliverable of their own organisation and sees it in the report', async () => {
  const { context, page } = await signedInPage();
  // The report offers assess links only on the rows it shows; a deliverable
  // gets its row with its first assessment, so the form is opened directly.
  await page.goto(assessPage(OWN));
  assert.equal(await page.locator('main form.edit-form').count(), 1);

  const status = page.locator('select[name="status"]');
  const first = await status.locator('option').first();
  const [value, word] = [await first.getAttribute('value'), (await first.textContent()).trim()];
  await status.selectOption(value);
  await page.locator('textarea[name="comment"]').fill('Godt i gang i 40 kommuner.');
  const response = await submitEditForm(page);
  assert.equal(response.status(), 303);

  assert.equal(new URL(page.url()).pathname, `/rapport/${OPEN_PERIOD}`);
  assert.match(await page.locator('main [role="status"]').textContent(), new RegExp(nb.edit_saved));
  const row = page.locator(`main tr[data-subject="item:${OWN}"]`).first();
  assert.match(await row.textContent(), new RegExp(word));
  assert.match(await row.textContent(), /Godt i gang i 40 kommuner\./);
  await context.close();
});

test("the editor is refused another organisation's deliverable in the page", async () => {
  const { context, page } = await signedInPage();
  await page.goto(itemPage(OTHER));
  assert.equal(await page.getByRole('link', { name: nb.edit_link, exact: true }).count(), 0,
               'an edit link is offered');

  const edit = await page.goto(`/element/${ids[OTHER]}/rediger`);
  assert.equal(edit.status(), 403);
  assert.match(await page.locator('main').textContent(), new RegExp(nb.edit_forbidden));
  assert.equal(await page.locator('main form.edit-form').count(), 0);

  const assess = await page.goto(assessPage(OTHER));
  assert.equal(assess.status(), 403);
  assert.equal(await page.locator('main form.edit-form').count(), 0);
  await context.close();
});

test("crafted POSTs on another organisation's deliverable, or without the CSRF token, change nothing", async () => {
  const { context, page } = await signedInPage();
  await page.goto(itemPage(OWN));
  const token = await csrfToken(page);
  assert.ok(token, 'a signed-in page carries a CSRF token');
  const before = { other: await storedItem(OTHER), own: await storedItem(OWN) };

  // page.request sends the browser's cookies, the session among them.
  const other = await page.request.post(`/element/${ids[OTHER]}/rediger`, {
    form: { csrf_token: token, version: String(before.other.version), title: 'Overtatt' },
    maxRedirects: 0,
  });
  assert.equal(other.status(), 403);
  const otherAssessment = await page.request.post(assessPage(OTHER), {
    form: { csrf_token: token, status: 'not_assessed', comment: 'Overtatt' },
    maxRedirects: 0,
  });
  assert.equal(otherAssessment.status(), 403);

  for (const form of [{}, { csrf_token: 'feil' }]) {
    const own = await page.request.post(`/element/${ids[OWN]}/rediger`, {
      form: { ...form, version: String(before.own.version), title: 'Uten token' },
      maxRedirects: 0,
    });
    assert.equal(own.status(), 403, `csrf_token ${JSON.stringify(form.csrf_token)}`);
  }

  assert.deepEqual(await storedItem(OTHER), before.other);
  assert.deepEqual(await storedItem(OWN), before.own);
  await context.close();
});

test('a stale edit of a deliverable is refused with the message and keeps what was typed', async () => {
  const { context, page: first } = await signedInPage();
  const second = await context.newPage();
  for (const p of [first, second]) await p.goto(`/element/${ids[OWN]}/rediger`);

  await first.locator('input[name="title"]').fill('Lagret først');
  assert.equal((await submitEditForm(first)).status(), 303);

  await second.locator('input[name="title"]').fill('Lagret sist');
  assert.equal((await submitEditForm(second)).status(), 409);
  const alert = second.locator('main [role="alert"]').first();
  assert.match(await alert.textContent(), new RegExp(nb.edit_stale));
  const current = alert.getByRole('link', { name: nb.edit_stale_link });
  assert.equal(await current.getAttribute('href'), itemPage(OWN));
  assert.equal(await second.locator('input[name="title"]').inputValue(), 'Lagret sist');
  assert.equal((await storedItem(OWN)).title, 'Lagret først');
  await context.close();
});

test('a stale assessment is refused with the message', async () => {
  const { context, page: first } = await signedInPage();
  const second = await context.newPage();
  const key = '1B-t1-d3';
  for (const p of [first, second]) await p.goto(assessPage(key));

  await first.locator('textarea[name="comment"]').fill('Vurdert først.');
  assert.equal((await submitEditForm(first)).status(), 303);

  await second.locator('textarea[name="comment"]').fill('Vurdert sist.');
  assert.equal((await submitEditForm(second)).status(), 409);
  assert.match(await second.locator('main [role="alert"]').first().textContent(), new RegExp(nb.edit_stale));
  assert.equal(await second.locator('textarea[name="comment"]').inputValue(), 'Vurdert sist.');

  await second.goto(reportPage);
  const row = await second.locator(`main tr[data-subject="item:${key}"]`).first().textContent();
  assert.match(row, /Vurdert først\./);
  assert.doesNotMatch(row, /Vurdert sist\./);
  await context.close();
});
