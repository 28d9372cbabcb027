// Signing in through the sign-in page (/logg-inn), and what a signed-in
// browser holds: its CSRF token and session cookie.
'use strict';

const assert = require('node:assert/strict');
const { newContext } = require('./browser');

// Signs `user` ({name, password}) in on `page` through the form. Starts at
// /logg-inn unless the page is already there (e.g. after a redirect).
// Returns the response to the form's POST.
async function signIn(page, user) {
  if (new URL(page.url()).pathname !== '/logg-inn') await page.goto('/logg-inn');
  const form = page.locator('main form[action="/logg-inn"]');
  await form.locator('input[name="brukernavn"]').fill(user.name);
  await form.locator('input[name="passord"]').fill(user.password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/logg-inn'),
    form.locator('button[type="submit"]').click(),
  ]);
  await page.waitForLoadState();
  return response;
}

// A new browser context of harness `h` with `user` signed in: {context,
// page}. Fails the test unless the sign-in redirects.
async function signedInPage(h, user) {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  const response = await signIn(page, user);
  assert.equal(response.status(), 303, 'sign-in did not redirect');
  return { context, page };
}

// The CSRF token the current page's forms carry.
async function csrfToken(page) {
  return page.locator('input[name="csrf_token"]').first().getAttribute('value');
}

// The Cookie header of the browser context (language, session).
async function cookieHeader(context) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

module.exports = { signIn, signedInPage, csrfToken, cookieHeader };
