// Keyboard use of the main pages: the first Tab lands on the skip link,
// which is then visible and takes focus to the main content; every element
// Tab reaches shows a visible focus outline (WCAG 2.4.1, 2.4.7, 2.1.1).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { mainPages } = require('./support/pages');

const h = useBrowserHarness();

// Stops a walk through a page's focusable elements that never ends.
const MAX_TABS = 1000;

// What a sighted keyboard user sees of the focused element.
function focusedElement(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    const label = (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40);
    return {
      tag: e.tagName.toLowerCase(),
      id: e.id,
      className: typeof e.className === 'string' ? e.className : '',
      description: `<${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}> "${label}"`,
      outlineVisible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 &&
                      s.outlineColor !== 'rgba(0, 0, 0, 0)' && s.outlineColor !== 'transparent',
      inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
                  r.top < window.innerHeight && r.left < window.innerWidth,
    };
  });
}

test('the first Tab reaches the skip link, which moves focus to main', async (t) => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  for (const { name, path } of await mainPages(page)) {
    await t.test(`${name} ${path}`, async () => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const first = await focusedElement(page);
      assert.ok(first, 'Tab focused nothing');
      assert.match(first.className, /\bskip-link\b/, `first focus is ${first.description}`);
      assert.ok(first.inViewport, 'the focused skip link is not on screen');
      assert.ok(first.outlineVisible, 'the focused skip link has no visible outline');
      await page.keyboard.press('Enter');
      const after = await focusedElement(page);
      assert.equal(after && after.id, 'main', `after Enter focus is ${after && after.description}`);
    });
  }
  await context.close();
});

test('every element reached with Tab shows a visible focus outline', async (t) => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  for (const { name, path } of await mainPages(page)) {
    await t.test(`${name} ${path}`, async () => {
      await page.goto(path);
      const invisible = [];
      let reached = 0;
      for (let i = 0; i < MAX_TABS; i++) {
        await page.keyboard.press('Tab');
        const f = await focusedElement(page);
        if (!f) break;  // past the last element: focus is back on the document
        reached++;
        if (!f.outlineVisible) invisible.push(f.description);
      }
      assert.ok(reached > 1, 'Tab reached fewer than two elements');
      assert.ok(reached < MAX_TABS, `Tab did not leave the page after ${MAX_TABS} presses`);
      assert.deepEqual(invisible, [], 'focused without a visible outline');
    });
  }
  await context.close();
});
