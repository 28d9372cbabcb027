// Signing in and out in the browser: an internal page sends a visitor to
// the sign-in page and back there afterwards; a wrong password is refused
// with a message; signing out ends the session; the sign-in form itself
// needs its CSRF token.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { signIn } = require('./support/session');
const { catalogue } = require('./support/catalogue');

const EDITOR = { name: 'redaktor-hdir', org: 'Hdir', role: 'editor', password: 'et langt passord 1' };
const h = useBrowserHarness({ users: [EDITOR] });
const nb = catalogue('nb');

// An internal page: the edit form of a deliverable (a demo item id).
async function internalPage(page) {
  await page.goto('/strategi/nes-2023-2030/1B-t1-d2');
  const item = JSON.parse(await (await page.request.get('/api/v1/items?strategy=nes-2023-2030')).text())
    .find((i) => i.key === '1B-t1-d2');
  return `/element/${item.id}/rediger`;
}

test('an internal page redirects to sign-in and returns there after signing in', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  const internal = await internalPage(page);

  await page.goto(internal);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/logg-inn');
  assert.equal(url.searchParams.get('neste'), internal);

  const response = await signIn(page, EDITOR);
  assert.equal(response.status(), 303);
  assert.equal(new URL(page.url()).pathname, internal);
  assert.equal(await page.locator('main form.edit-form').count(), 1);
  assert.match(await page.locator('.signed-in').textContent(), new RegExp(EDITOR.name));
  await context.close();
});

test('a wrong password is refused with a message and keeps the user name', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  const response = await signIn(page, { name: EDITOR.name, password: 'feil passord 123' });
  assert.equal(response.status(), 401);
  assert.equal(new URL(page.url()).pathname, '/logg-inn');
  assert.match(await page.locator('main [role="alert"]').textContent(), new RegExp(nb.account_wrong_password));
  assert.equal(await page.locator('input[name="brukernavn"]').inputValue(), EDITOR.name);
  assert.equal(await page.locator('input[name="passord"]').inputValue(), '');
  assert.equal(await page.locator('.signed-in').count(), 0);
  await context.close();
});

test('signing out ends the session', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  const internal = await internalPage(page);
  await signIn(page, EDITOR);
  await page.goto('/');
  await page.locator('form.sign-out button[type="submit"]').click();
  await page.waitForLoadState();
  assert.equal(await page.locator('.signed-in').count(), 0);
  assert.equal(await page.locator('a.sign-in-link').count(), 1);
  await page.goto(internal);
  assert.equal(new URL(page.url()).pathname, '/logg-inn');
  await context.close();
});

test('the sign-in form without its CSRF token is refused', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  await page.goto('/logg-inn');
  const response = await page.request.post('/logg-inn', {
    form: { brukernavn: EDITOR.name, passord: EDITOR.password, neste: '/' },
    maxRedirects: 0,
  });
  assert.equal(response.status(), 403);
  assert.ok(!(await context.cookies()).some((c) => c.name === 'fremdrift_session'), 'a session was made');
  await context.close();
});
