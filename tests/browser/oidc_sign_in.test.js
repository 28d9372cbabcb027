// Signing in through the OpenID Provider's own login page in Chromium
// (docs/sign-in.md): the sign-in page's button leads to the provider, the
// test user signs in there and comes back signed in to the page they
// asked for, in the organisation their claims name by number; signing out
// goes through the provider's end-session page and back.
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

const nb = catalogue('nb');
const HDIR_NUMBER = '983544622';
const h = {};

before(async () => {
  h.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-oidc-rp-'));
  const keyFile = path.join(h.dir, 'client.jwk');
  const publicJwks = JSON.parse(runCli(['oidc', 'keygen', '--out', keyFile]));
  fs.writeFileSync(path.join(h.dir, 'subject.key'), 'browser test subject key');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  h.provider = await startOidcProvider(
    { client_id: 'fremdrift-browser', jwks: publicJwks, redirect_uris: [`${base}/logg-inn/oidc/svar`],
      post_logout_redirect_uris: [`${base}/`] },
    { kari: { name: 'Kari Nordmann', pid: '01017012345', orgnr_parent: HDIR_NUMBER } });
  h.server = await startServer({
    port,
    extraArgs: ['--oidc-issuer', h.provider.issuer, '--oidc-client-id', 'fremdrift-browser',
                '--oidc-client-key-file', keyFile, '--oidc-redirect-uri', `${base}/logg-inn/oidc/svar`,
                '--oidc-post-logout-redirect-uri', `${base}/`,
                '--oidc-scopes', 'openid profile pid organisation', '--oidc-subject-claim', 'pid',
                '--oidc-organisation-claims', 'orgnr_parent',
                '--oidc-subject-key-file', path.join(h.dir, 'subject.key'), '--password-sign-in', 'off'],
  });
  h.server.runCli(['oidc', 'org', '--org', 'Hdir', '--number', HDIR_NUMBER, '--auto-approve', 'on']);
  h.browser = await launchBrowser();
});

after(async () => {
  if (h.browser) await h.browser.close();
  if (h.server) await h.server.stop();
  if (h.provider) await h.provider.stop();
  if (h.dir) fs.rmSync(h.dir, { recursive: true, force: true });
});

test('a person signs in on the provider\'s own page and out again', async () => {
  const context = await newContext(h.browser, h.server.baseUrl);
  const page = await context.newPage();
  await page.goto('/logg-inn?neste=/min-side');
  assert.equal(await page.locator('input[name="passord"]').count(), 0, 'passwords are off');
  await page.getByRole('link', { name: nb.oidc_sign_in }).click();

  // The provider's own login form.
  await page.waitForURL((u) => u.href.startsWith(h.provider.issuer));
  await page.fill('input[name="login"]', 'kari');
  await page.fill('input[name="password"]', 'any password');
  await page.click('button[type="submit"]');

  await page.waitForURL((u) => u.href.startsWith(h.server.baseUrl));
  assert.equal(new URL(page.url()).pathname, '/min-side');
  const name = (await page.locator('.signed-in').textContent()).match(/oidc-[0-9a-f]{12}/)[0];
  const user = await (await page.request.get(`/api/v1/users/${name}`)).json();
  assert.equal(user.organisation, 'Hdir', 'mapped by organisation number');

  await page.click('form.sign-out button');
  await page.waitForURL((u) => u.href.startsWith(h.provider.issuer));
  await page.click('button[name="logout"]');
  await page.waitForURL((u) => u.href.startsWith(h.server.baseUrl));
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.locator('.signed-in').count(), 0);
  await context.close();
});
