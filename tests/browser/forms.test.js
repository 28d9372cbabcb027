// The signed-in pages and their forms, for everyone: axe-core finds no
// WCAG 2.1 A/AA violation and every element Tab reaches shows its focus, on
// the report with its assess links, the deliverable's edit form (also with
// errors, and refused as stale) and the assessment form, in both
// languages; screenshots of each are saved.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { submitEditForm } = require('./support/forms');
const { signIn } = require('./support/session');
const { axeViolations, describeViolations } = require('./support/axe');
const { tabThrough } = require('./support/keyboard');
const { saveScreenshot } = require('./support/screenshot');

const EDITOR = { name: 'redaktor-hdir', org: 'Hdir', role: 'editor', password: 'et langt passord 1' };
const h = useBrowserHarness({ users: [EDITOR] });

const STRATEGY = 'nes-2023-2030';
const OWN = '1B-t1-d2';

async function itemId(page, key) {
  const items = JSON.parse(await (await page.request.get(`/api/v1/items?strategy=${STRATEGY}`)).text());
  return items.find((i) => i.key === key).id;
}

// The signed-in pages: [{name, open(page)}], each leaving the page showing it.
function formPages(id) {
  const edit = `/element/${id}/rediger`;
  return [
    { name: 'report-signed-in', open: (p) => p.goto(`/rapport/2023-Q3?strategy=${STRATEGY}`) },
    { name: 'item-edit', open: (p) => p.goto(edit) },
    {
      name: 'item-edit-errors',
      open: async (p) => {
        await p.goto(edit);
        await p.locator('input[name="title"]').fill('');
        await p.locator('input[name="start"]').fill('ikke en dato');
        assert.equal((await submitEditForm(p)).status(), 400);
      },
    },
    {
      name: 'item-edit-stale',
      open: async (p) => {
        await p.goto(edit);
        const other = await p.context().newPage();
        await other.goto(edit);
        await submitEditForm(other);
        await other.close();
        assert.equal((await submitEditForm(p)).status(), 409);
      },
    },
    { name: 'assessment-edit', open: (p) => p.goto(`/rapport/2023-Q3/vurder/item:${OWN}?strategy=${STRATEGY}`) },
  ];
}

for (const lang of ['nb', 'en']) {
  test(`the signed-in pages and forms are accessible (${lang})`, async (t) => {
    const context = await newContext(h.browser, h.baseUrl);
    const page = await context.newPage();
    await page.goto(`/?lang=${lang}`);
    await signIn(page, EDITOR);
    for (const { name, open } of formPages(await itemId(page, OWN))) {
      await t.test(name, async () => {
        await open(page);
        await saveScreenshot(page, `${name}-${lang}`);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0,
                     `axe-core found on ${page.url()}:\n${describeViolations(violations)}`);
        const { reached, invisible, endless } = await tabThrough(page);
        assert.ok(reached > 1 && !endless, `Tab reached ${reached} elements`);
        assert.deepEqual(invisible, [], 'focused without a visible outline');
      });
    }
    await context.close();
  });
}
