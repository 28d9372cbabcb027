// The language switch: Norwegian bokmål by default, English by choice,
// the choice remembered from page to page, and <html lang> always the
// language the page is in.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { catalogue } = require('./support/catalogue');

const h = useBrowserHarness();

const nb = catalogue('nb');
const en = catalogue('en');

async function shownLanguage(page) {
  return {
    lang: await page.getAttribute('html', 'lang'),
    roadmapLink: (await page.textContent('nav.site-nav a[href="/veikart"]')).trim(),
    skipLink: (await page.textContent('a.skip-link')).trim(),
  };
}

test('a first visit is in Norwegian bokmål', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  const response = await page.goto('/');
  assert.equal(response.headers()['content-language'], 'nb');
  assert.deepEqual(await shownLanguage(page),
                   { lang: 'nb', roadmapLink: nb.nav_roadmap, skipLink: nb.skip_link });
  await context.close();
});

test('choosing English switches the page and is remembered on the next pages', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  await page.goto('/');
  await page.click('a.lang-switch');
  assert.match(page.url(), /[?&]lang=en\b/);
  assert.deepEqual(await shownLanguage(page),
                   { lang: 'en', roadmapLink: en.nav_roadmap, skipLink: en.skip_link });

  // Following ordinary links (no ?lang=) keeps English.
  await page.click('nav.site-nav a[href="/veikart"]');
  assert.doesNotMatch(page.url(), /lang=/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('nav.site-nav a[href="/monitor"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  // The switch now offers Norwegian, and choosing it is remembered too.
  assert.equal((await page.textContent('a.lang-switch')).trim(), en.lang_switch_text);
  assert.equal(await page.getAttribute('a.lang-switch', 'lang'), 'nb');
  await page.click('a.lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  await page.click('nav.site-nav a[href="/"]');
  assert.deepEqual(await shownLanguage(page),
                   { lang: 'nb', roadmapLink: nb.nav_roadmap, skipLink: nb.skip_link });
  await context.close();
});

test('the switch keeps the page and its query', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  await page.goto('/veikart?fase=gjennomforing');
  await page.click('a.lang-switch');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/veikart');
  assert.equal(url.searchParams.get('fase'), 'gjennomforing');
  assert.equal(url.searchParams.get('lang'), 'en');
  await context.close();
});
