// Minutes and the follow-up of decisions in the browser: the secretariat
// (an editor of Direktoratet for e-helse, NUIT's secretariat) writes the
// minutes of NUIT 3/22 and circulates them; a case of type Godkjenning on
// the later meeting of 14 September approves them, after which they are
// public and locked; the secretariat gives Helsedirektoratet a follow-up
// action on case 21/22, which Hdir's editor finds on /oppgaver and marks
// done there; the decision log finds it by organisation and state. axe-core
// finds no violation on the new pages.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { signIn } = require('./support/session');
const { catalogue } = require('./support/catalogue');
const { expectAccessible } = require('./support/axe');
const { submitWith: submit, followLink } = require('./support/forms');

const SECRETARIAT = { name: 'sekretariat', org: 'E-helse', role: 'editor', password: 'et langt passord 3' };
const EDITOR = { name: 'redaktor', org: 'Hdir', role: 'editor', password: 'et langt passord 1' };
const h = useBrowserHarness({ users: [SECRETARIAT, EDITOR] });
const nb = catalogue('nb');

// A browser signed in as `user` (support/session.js).
async function as(user) {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  assert.equal((await signIn(page, user)).status(), 303, `${user.name} could not sign in`);
  return { context, page };
}

// The address of the NUIT meeting on `date` (as the body page links it).
async function meetingUrl(page, dateText) {
  await page.goto('/utvalg/nuit');
  const link = page.locator('main table a', { hasText: dateText }).first();
  return new URL(await link.getAttribute('href'), h.baseUrl).pathname;
}

test('the secretariat writes, circulates and approves minutes; an action is done on /oppgaver', async () => {
  const sec = await as(SECRETARIAT);
  const may = await meetingUrl(sec.page, '19.05.2022');
  const september = await meetingUrl(sec.page, '14.09.2022');

  // The meeting links to its minutes, not written yet.
  await sec.page.goto(may);
  await followLink(sec.page, sec.page.locator('main a', { hasText: nb.minutes_not_written }));
  assert.equal(new URL(sec.page.url()).pathname, `${may}/referat`);
  await expectAccessible(sec.page);

  // Write them: the attendance starts from NUIT's members on the day.
  await sec.page.getByRole('link', { name: nb.minutes_write }).click();
  const attendance = sec.page.getByLabel(nb.govf_field_attendance);
  assert.match(await attendance.inputValue(), /Mariann Hornnes \| .* \| leder \| møtte/);
  await attendance.fill((await attendance.inputValue()).replace(/(Mariann Hornnes \| [^|]*\| leder \|) møtte/, '$1 forfall'));
  const discussion = sec.page.getByLabel(new RegExp(`24/22 .*: ${nb.minutes_discussion}$`));
  await discussion.fill('Utvalget drøftet planen for monitoren.');
  await sec.page.getByLabel(new RegExp(`24/22 .*: ${nb.minutes_differs_question.replace('?', '\\?')}$`)).selectOption('nei');
  await expectAccessible(sec.page);
  let response = await submit(sec.page, sec.page.getByRole('button', { name: nb.edit_save }));
  assert.equal(response.status(), 303);
  assert.match(await sec.page.locator('main').textContent(), /Utvalget drøftet planen for monitoren\./);
  assert.match(await sec.page.locator('main').textContent(), new RegExp(nb.minutes_absent));
  await expectAccessible(sec.page);

  // Circulate them: still not public.
  await sec.page.getByRole('link', { name: nb.minutes_change_state }).click();
  await sec.page.getByLabel(nb.minutes_state_to).selectOption('circulated');
  response = await submit(sec.page, sec.page.getByRole('button', { name: nb.edit_save }));
  assert.equal(response.status(), 303);
  assert.match(await sec.page.locator('main').textContent(), new RegExp(nb.minutes_state_circulated));
  const visitor = await newContext(h.browser, h.baseUrl);
  const publicPage = await visitor.newPage();
  assert.equal((await publicPage.goto(`${may}/referat`)).status(), 404);

  // The later meeting gets an approval case, which approves them.
  await sec.page.goto(`${september}/ny-sak`);
  await sec.page.getByLabel(nb.govf_field_title).fill('Godkjenning av referat fra NUIT 19. mai 2022');
  await sec.page.getByLabel(nb.govf_field_type).selectOption('approval');
  response = await submit(sec.page, sec.page.getByRole('button', { name: nb.edit_save }));
  assert.equal(response.status(), 303);
  const approvalCase = new URL(sec.page.url()).pathname;
  await sec.page.goto(`${may}/referat/tilstand`);
  await sec.page.getByLabel(nb.minutes_state_to).selectOption('approved');
  const approvalSelect = sec.page.getByLabel(nb.minutes_approval_case);
  const approvalValue = await approvalSelect.locator('option', { hasText: 'Godkjenning av referat fra NUIT 19. mai 2022' })
    .getAttribute('value');
  await approvalSelect.selectOption(approvalValue);
  await expectAccessible(sec.page);
  response = await submit(sec.page, sec.page.getByRole('button', { name: nb.edit_save }));
  assert.equal(response.status(), 303);
  assert.match(await sec.page.locator('main').textContent(), new RegExp(nb.minutes_state_approved));
  assert.equal(await sec.page.getByRole('link', { name: nb.minutes_write }).count(), 0, 'locked');

  // Public now, linked both ways with the approving case.
  assert.equal((await publicPage.goto(`${may}/referat`)).status(), 200);
  assert.match(await publicPage.locator('main').textContent(), /Utvalget drøftet planen for monitoren\./);
  await expectAccessible(publicPage);
  assert.equal(await publicPage.locator(`main a[href="${approvalCase}"]`).count(), 1);
  await publicPage.goto(approvalCase);
  assert.equal(await publicPage.locator(`main a[href="${may}/referat"]`).count(), 1);
  await visitor.close();

  // A follow-up action of 21/22 for Helsedirektoratet.
  await sec.page.goto(may);
  await sec.page.locator('main table a', { hasText: 'Nasjonal e-helseportefølje' }).click();
  await sec.page.getByRole('link', { name: nb.action_new_link }).click();
  await sec.page.getByLabel(new RegExp(`^${nb.actionf_field_description}`)).fill('Legge fram en plan for porteføljestyringen.');
  await sec.page.getByLabel(new RegExp(`^${nb.actionf_field_organisation}`)).selectOption('Hdir');
  await sec.page.locator('main input[name="due"]').fill('31.12.2022');
  await expectAccessible(sec.page);
  response = await submit(sec.page, sec.page.getByRole('button', { name: nb.edit_save }));
  assert.equal(response.status(), 303);
  assert.match(await sec.page.locator('main').textContent(), /Legge fram en plan for porteføljestyringen\./);
  await expectAccessible(sec.page);

  // Hdir's editor finds it on /oppgaver and marks it done there.
  const editor = await as(EDITOR);
  await editor.page.goto('/oppgaver');
  const item = editor.page.locator('main li.action', { hasText: 'Legge fram en plan for porteføljestyringen.' });
  assert.equal(await item.count(), 1);
  await expectAccessible(editor.page);
  await item.getByLabel(nb.action_state).selectOption('done');
  response = await submit(editor.page, item.getByRole('button', { name: new RegExp(`^${nb.tasks_action_move}`) }));
  assert.equal(response.status(), 303);
  assert.equal(new URL(editor.page.url()).pathname, '/oppgaver');
  assert.equal(await editor.page.locator('main li.action', { hasText: 'Legge fram en plan for porteføljestyringen.' }).count(), 0,
               'a done action is no longer a task');

  // The decision log finds the case by the organisation and the state.
  await editor.page.goto('/vedtak?ansvarlig=Hdir&oppfolging=done');
  assert.match(await editor.page.locator('main table').textContent(), /Nasjonal e-helseportefølje/);
  await expectAccessible(editor.page);
  // The body lists 20/22 as a case to be brought back (the demo's follow-up).
  await editor.page.goto('/utvalg/nuit');
  assert.match(await editor.page.locator('#fremmes-igjen + p + ul').textContent(), /Tryggere Helseapper/);
  await expectAccessible(editor.page);
  await editor.context.close();
  await sec.context.close();
});
