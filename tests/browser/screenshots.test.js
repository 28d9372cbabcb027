// Full-page screenshots of the main pages, in both languages, on a phone
// (390 CSS pixels wide) and a laptop (1366), saved in the build's
// e2e-artifacts folder (FREMDRIFT_E2E_ARTIFACTS, set by CTest) as
// <page>-<lang>-<width>.png for people to look at. The signed-in pages are
// saved by forms.test.js.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { useBrowserHarness } = require('./support/harness');
const { mainPages } = require('./support/pages');
const { saveScreenshot } = require('./support/screenshot');

const h = useBrowserHarness();

for (const width of [390, 1366]) {
  test(`screenshots of the main pages are saved at ${width} px`, async () => {
    for (const lang of ['nb', 'en']) {
      const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`/?lang=${lang}`);
      for (const { name, path } of await mainPages(page)) {
        const response = await page.goto(path);
        assert.equal(response.status(), 200, path);
        const file = await saveScreenshot(page, `${name}-${lang}-${width}`);
        assert.equal(fs.readFileSync(file).subarray(1, 4).toString(), 'PNG', file);
      }
      await context.close();
    }
  });
}
