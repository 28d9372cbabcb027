// Full-page screenshots of the main pages, in both languages, saved in the
// build's e2e-artifacts folder (FREMDRIFT_E2E_ARTIFACTS, set by CTest) for
// people to look at. The signed-in pages are saved by forms.test.js.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { mainPages } = require('./support/pages');
const { saveScreenshot } = require('./support/screenshot');

const h = useBrowserHarness();

test('screenshots of the main pages are saved', async () => {
  for (const lang of ['nb', 'en']) {
    const context = await newContext(h.browser, h.baseUrl);
    const page = await context.newPage();
    await page.goto(`/?lang=${lang}`);
    for (const { name, path } of await mainPages(page)) {
      const response = await page.goto(path);
      assert.equal(response.status(), 200, path);
      const file = await saveScreenshot(page, `${name}-${lang}`);
      assert.equal(fs.readFileSync(file).subarray(1, 4).toString(), 'PNG', file);
    }
    await context.close();
  }
});
