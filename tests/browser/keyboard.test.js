// Keyboard use of the public pages: on the main ones the first Tab lands on
// the skip link, which is then visible and takes focus to the main content;
// on all of them every element Tab reaches shows a visible focus outline
// and Tab leaves the page in the end (WCAG 2.4.1, 2.4.7, 2.1.1, 2.1.2).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { mainPages, otherPages } = require('./support/pages');
const { focusedElement, tabThrough } = require('./support/keyboard');

const h = useBrowserHarness();

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
  for (const { name, path } of [...await mainPages(page), ...await otherPages(page)]) {
    await t.test(`${name} ${path}`, async () => {
      await page.goto(path);
      const { reached, invisible, endless } = await tabThrough(page);
      assert.ok(reached > 1, 'Tab reached fewer than two elements');
      assert.ok(!endless, 'Tab did not leave the page');
      assert.deepEqual(invisible, [], 'focused without a visible outline');
    });
  }
  await context.close();
});
