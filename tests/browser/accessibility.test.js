// axe-core finds no WCAG 2.1 A/AA violations on the main pages and the
// other public pages, in both languages.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { axeViolations, describeViolations } = require('./support/axe');
const { mainPages, otherPages } = require('./support/pages');

const h = useBrowserHarness();

for (const [which, pages] of [['main', mainPages], ['other', otherPages]]) {
  for (const lang of ['nb', 'en']) {
    test(`the ${which} pages have no WCAG 2.1 A/AA violations (${lang})`, async (t) => {
      const context = await newContext(h.browser, h.baseUrl);
      const page = await context.newPage();
      await page.goto(`/?lang=${lang}`);
      for (const { name, path } of await pages(page)) {
        await t.test(`${name} ${path}`, async () => {
          const response = await page.goto(path);
          assert.equal(response.status(), 200);
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0,
                       `axe-core found on ${path}:\n${describeViolations(violations)}`);
        });
      }
      await context.close();
    });
  }
}
