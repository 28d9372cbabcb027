// The admin area in a browser: an admin reaches every admin page from
// "Administrasjon", axe-core finds no WCAG 2.1 A/AA violations on them (a
// form with errors included) in both languages, and an organisation number
// typed with spaces is stored and shown on the sign-in page.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { axeViolations, describeViolations } = require('./support/axe');
const { signIn } = require('./support/session');

const ADMIN = { name: 'admin-sekretariat', org: 'Hdir', role: 'admin', password: 'et langt passord 2' };
const h = useBrowserHarness({ users: [ADMIN] });

async function expectAccessible(page) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe-core found on ${page.url()}:\n${describeViolations(violations)}`);
}

for (const lang of ['nb', 'en']) {
  test(`the admin pages are linked and accessible (${lang})`, async (t) => {
    const context = await newContext(h.browser, h.baseUrl);
    const page = await context.newPage();
    await page.goto(`/?lang=${lang}`);
    await signIn(page, ADMIN);
    await page.goto('/admin');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of ['/admin/organisasjoner', '/admin/brukere', '/admin/innlogging']) {
      assert.ok(links.includes(href), `/admin links to ${href}`);
    }
    for (const path of ['/admin', '/admin/organisasjoner', '/admin/brukere', '/admin/innlogging',
                        '/admin/innlogging/organisasjoner/FHI']) {
      await t.test(path, async () => {
        const response = await page.goto(path);
        assert.equal(response.status(), 200);
        await expectAccessible(page);
      });
    }
    await t.test('organisation number form with an error', async () => {
      await page.goto('/admin/innlogging/organisasjoner/FHI');
      await page.locator('#f-org_number').fill('1234');
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'),
                                          page.locator('form.edit-form button[type="submit"]').click()]);
      assert.equal(answer.status(), 400);
      assert.equal(await page.locator('#f-org_number').getAttribute('aria-invalid'), 'true');
      await expectAccessible(page);
    });
    await context.close();
  });
}

test('an organisation number typed with spaces is stored and listed', async () => {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  await page.goto('/?lang=nb');
  await signIn(page, ADMIN);
  await page.goto('/admin/innlogging/organisasjoner/Hdir');
  await page.locator('#f-org_number').fill('983 544 622');
  await page.locator('#f-auto_approve').selectOption('yes');
  await Promise.all([page.waitForURL(/lagret=1/), page.locator('form.edit-form button[type="submit"]').click()]);
  await page.goto('/admin/innlogging');
  const row = page.locator('tr', { has: page.locator('a', { hasText: /^Hdir$/ }) });
  assert.match(await row.innerText(), /983544622\s+Ja/);
  await context.close();
});
