// Signing in through the OpenID Providers' own login pages in Chromium
// (docs/sign-in.md). Two providers run side by side: the one of the plain
// --oidc-* flags (like HelseID: private_key_jwt, organisation by number)
// and one named "idporten" (--oidc-providers idporten, like ID-porten:
// client_secret_basic, a default organisation). Each has its own button on
// the sign-in page; the test user signs in at the provider and comes back
// signed in to the page they asked for; the same person ("kari", with
// the same subject, her identity number) at both providers is two users;
// signing out goes through the end-session page of the provider the
// session signed in with, and back.
'use strict';

const test = require('node:test');
const { before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { requireBrowserTools } = require('./support/requirements');

requireBrowserTools();

const { startServer, runCli, freePort } = require('./support/server');
const { launchBrowser, newContext } = require('./support/browser');
const { startOidcProvider } = require('./support/oidc_provider');
const { catalogue } = require('./support/catalogue');
const { apiAs } = require('./support/api');

const nb = catalogue('nb');
const HDIR_NUMBER = '983544622';
const NHN_NUMBER = '994598759';
const IDPORTEN_SECRET = 'browser test client secret';
const h = {};

before(async () => {
  h.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-oidc-rp-'));
  const keyFile = path.join(h.dir, 'client.jwk');
  const publicJwks = JSON.parse(runCli(['oidc', 'keygen', '--out', keyFile]));
  fs.writeFileSync(path.join(h.dir, 'subject.key'), 'browser test subject key');
  fs.writeFileSync(path.join(h.dir, 'idporten.secret'), `${IDPORTEN_SECRET}\n`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  h.provider = await startOidcProvider(
    { client_id: 'fremdrift-browser', jwks: publicJwks, redirect_uris: [`${base}/logg-inn/oidc/svar`],
      post_logout_redirect_uris: [`${base}/`] },
    { kari: { name: 'Kari Nordmann', pid: '01017012345', orgnr_parent: HDIR_NUMBER } });
  h.idporten = await startOidcProvider(
    { client_id: 'fremdrift-idporten', client_secret: IDPORTEN_SECRET,
      redirect_uris: [`${base}/logg-inn/oidc/idporten/svar`], post_logout_redirect_uris: [`${base}/`] },
    { kari: { name: 'Kari Borger', pid: '01017012345' } });
  h.server = await startServer({
    port,
    users: [{ name: 'admin', org: 'Hdir', role: 'admin' }],
    extraArgs: ['--oidc-issuer', h.provider.issuer, '--oidc-client-id', 'fremdrift-browser',
                '--oidc-client-key-file', keyFile, '--oidc-redirect-uri', `${base}/logg-inn/oidc/svar`,
                '--oidc-post-logout-redirect-uri', `${base}/`,
                '--oidc-scopes', 'openid profile pid organisation', '--oidc-subject-claim', 'pid',
                '--oidc-organisation-claims', 'orgnr_parent',
                '--oidc-subject-key-file', path.join(h.dir, 'subject.key'), '--password-sign-in', 'off',
                '--oidc-providers', 'idporten', '--oidc-idporten-issuer', h.idporten.issuer,
                '--oidc-idporten-client-id', 'fremdrift-idporten', '--oidc-idporten-client-auth', 'client_secret_basic',
                '--oidc-idporten-client-secret-file', path.join(h.dir, 'idporten.secret'),
                '--oidc-idporten-redirect-uri', `${base}/logg-inn/oidc/idporten/svar`,
                '--oidc-idporten-post-logout-redirect-uri', `${base}/`, '--oidc-idporten-scopes', 'openid profile pid',
                '--oidc-idporten-subject-claim', 'pid',
                '--oidc-idporten-default-org', 'NHN',
                '--oidc-idporten-display-name-nb', 'ID-porten', '--oidc-idporten-display-name-en', 'ID-porten'],
  });
  h.server.runCli(['oidc', 'org', '--org', 'Hdir', '--number', HDIR_NUMBER, '--auto-approve', 'on']);
  h.server.runCli(['oidc', 'org', '--org', 'NHN', '--number', NHN_NUMBER, '--auto-approve', 'on']);
  h.admin = apiAs(h.server, 'admin');
  h.browser = await launchBrowser();
});

after(async () => {
  if (h.browser) await h.browser.close();
  if (h.server) await h.server.stop();
  if (h.provider) await h.provider.stop();
  if (h.idporten) await h.idporten.stop();
  if (h.dir) fs.rmSync(h.dir, { recursive: true, force: true });
});

// Signs `account` in on a new page with the sign-in page's button
// `button`, at `provider`'s own login form; resolves once the browser is
// back at Fremdrift. Returns the page.
async function signIn(context, button, provider, account) {
  const page = await context.newPage();
  await page.goto('/logg-inn?neste=/min-side');
  assert.equal(await page.locator('input[name="passord"]').count(), 0, 'passwords are off');
  await page.getByRole('link', { name: button }).click();

  // The provider's own login form (at once when signed in there already).
  await page.waitForURL((u) => u.href.startsWith(provider.issuer) || u.pathname === '/min-side');
  if (page.url().startsWith(provider.issuer)) {
    await page.fill('input[name="login"]', account);
    await page.fill('input[name="password"]', 'any password');
    await page.click('button[type="submit"]');
    await page.waitForURL((u) => u.href.startsWith(h.server.baseUrl));
  }
  await page.waitForLoadState();
  return page;
}

// The Fremdrift user `page` is signed in as, on the page they asked for.
async function signedInUser(page) {
  assert.equal(new URL(page.url()).pathname, '/min-side');
  const name = (await page.locator('.signed-in').textContent()).match(/oidc-[0-9a-f]{12}/)[0];
  return (await page.request.get(`/api/v1/users/${name}`)).json();
}

// Signs out with the page's button, through `provider`'s end-session page
// and back to Fremdrift's home page.
async function signOut(page, provider) {
  await page.click('form.sign-out button');
  await page.waitForURL((u) => u.href.startsWith(provider.issuer));
  await page.click('button[name="logout"]');
  await page.waitForURL((u) => u.href.startsWith(h.server.baseUrl));
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.locator('.signed-in').count(), 0);
}

test('a person signs in on the provider\'s own page and out again', async () => {
  const context = await newContext(h.browser, h.server.baseUrl);
  const page = await signIn(context, nb.oidc_sign_in, h.provider, 'kari');
  const user = await signedInUser(page);
  assert.equal(user.organisation, 'Hdir', 'mapped by organisation number');
  h.kariAtFirst = user.name;
  await signOut(page, h.provider);
  await context.close();
});

test('a second provider has its own button, its own people and its own sign-out', async () => {
  const button = nb.oidc_sign_in_with.replace('{provider}', 'ID-porten');
  const context = await newContext(h.browser, h.server.baseUrl);
  // ID-porten names no employer: she lands in the default organisation
  // and waits for an admin, who approves her through the API.
  const waiting = await signIn(context, button, h.idporten, 'kari');
  await waiting.getByText(nb.oidc_pending).waitFor();
  const pending = await h.admin.get('/api/v1/sign-in/pending-users');
  assert.equal(pending.length, 1, 'someone new, not the first provider\'s kari');
  assert.equal(pending[0].organisation, 'NHN');
  if (h.kariAtFirst) assert.notEqual(pending[0].name, h.kariAtFirst, 'the same subject at two providers is two users');
  await h.admin.post(`/api/v1/sign-in/pending-users/${pending[0].name}/approve`, { role: 'reader' });

  const page = await signIn(context, button, h.idporten, 'kari');
  const user = await signedInUser(page);
  assert.equal(user.name, pending[0].name);
  await signOut(page, h.idporten);
  await context.close();
});
