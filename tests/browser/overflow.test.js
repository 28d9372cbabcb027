// On a phone (390 CSS pixels wide), no heading, table cell or button on
// the main and other public pages is too narrow for its content
// (scrollWidth > clientWidth: text cut off or spilling out of its box), in
// both languages. A table may scroll inside its own box; its cells may not
// overflow.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { mainPages, otherPages } = require('./support/pages');

const h = useBrowserHarness();

// The headings, table cells and buttons whose content is wider than their
// box, described for the failure message.
function overflowing(page) {
  return page.evaluate(() => {
    const selector = 'h1, h2, h3, h4, h5, h6, th, td, button, .ds-button, summary';
    // Inside a box kept for screen readers only (the 1-pixel clipped
    // pattern, e.g. a table's header row on a phone), nothing is seen.
    const forScreenReadersOnly = (e) => {
      for (let a = e; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.position === 'absolute' && s.overflow === 'hidden' && a.getBoundingClientRect().width <= 1) return true;
      }
      return false;
    };
    return [...document.querySelectorAll(selector)]
      .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1 &&
                     !forScreenReadersOnly(e))
      .slice(0, 8)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') || ''}"> ` +
                  `${e.scrollWidth} > ${e.clientWidth}: "${(e.textContent || '').trim().slice(0, 50)}"`);
  });
}

for (const lang of ['nb', 'en']) {
  test(`at 390 px no heading, table cell or button overflows its box (${lang})`, async (t) => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`/?lang=${lang}`);
    for (const { name, path } of [...await mainPages(page), ...await otherPages(page)]) {
      await t.test(`${name} ${path}`, async () => {
        const response = await page.goto(path);
        assert.equal(response.status(), 200, path);
        const found = await overflowing(page);
        assert.deepEqual(found, [], `on ${path} at 390 px:\n${found.join('\n')}`);
      });
    }
    await context.close();
  });
}
