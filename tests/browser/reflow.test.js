// The main and other public pages at 320 CSS pixels wide (a phone, or 400 % zoom): no
// sideways scrolling of the page (WCAG 1.4.10; a wide table or chart may
// scroll inside its own box) and no axe-core violations at that size.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { axeViolations, describeViolations } = require('./support/axe');
const { mainPages, otherPages } = require('./support/pages');

const h = useBrowserHarness();

// Elements that stick out of the page on the right, outside any box that
// scrolls or clips: what makes the page scroll sideways.
function overflowingElements(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const insideScroller = (e) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !insideScroller(e))
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') || ''}"> ` +
                  `"${(e.textContent || '').trim().slice(0, 40)}"`);
  });
}

test('the public pages reflow to 320 CSS pixels', async (t) => {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const { name, path } of [...await mainPages(page), ...await otherPages(page)]) {
    await t.test(`${name} ${path}`, async () => {
      await page.goto(path);
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.ok(size.scrollWidth <= size.clientWidth,
                `the page is ${size.scrollWidth} px wide in a ${size.clientWidth} px window; ` +
                `sticking out: ${(await overflowingElements(page)).join('; ')}`);
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0,
                   `axe-core found on ${path} at 320 px:\n${describeViolations(violations)}`);
    });
  }
  await context.close();
});
