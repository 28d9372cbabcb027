// Full-page screenshots of the main pages, in both languages, saved in the
// build's e2e-artifacts folder (FREMDRIFT_E2E_ARTIFACTS, set by CTest) for
// people to look at.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { mainPages } = require('./support/pages');

const h = useBrowserHarness();
const artifacts = process.env.FREMDRIFT_E2E_ARTIFACTS ||
                  path.join(process.cwd(), 'e2e-artifacts');

test('screenshots of the main pages are saved', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const lang of ['nb', 'en']) {
    const context = await newContext(h.browser, h.baseUrl);
    const page = await context.newPage();
    await page.goto(`/?lang=${lang}`);
    for (const { name, path: address } of await mainPages(page)) {
      const response = await page.goto(address);
      assert.equal(response.status(), 200, address);
      const file = path.join(artifacts, `${name}-${lang}.png`);
      fs.rmSync(file, { force: true });
      await page.screenshot({ path: file, fullPage: true });
      const png = fs.readFileSync(file);
      assert.equal(png.subarray(1, 4).toString(), 'PNG', file);
    }
    await context.close();
  }
});
