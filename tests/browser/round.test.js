// A whole reporting round in the browser, with its mail read from a real
// SMTP server on loopback: the admin opens 2023-Q3 as a round on the
// coverage page (the editor, Hdir's reporting contact, gets the "round
// opened" mail and, the deadline being two days off, a reminder); the
// editor (Hdir) finds the
// deliverables on /oppgaver, saves a draft and goes on to the next task,
// then submits; the admin returns the report with a comment; the editor
// sees it first on /oppgaver with the comment and submits again; the admin
// accepts it, moves the period to review (a reason for the gaps), approves
// and publishes it; the published report opens without signing in. The
// return reaches the editor as a mail with the comment, and no mail comes
// twice.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { newContext } = require('./support/browser');
const { signIn } = require('./support/session');
const { catalogue } = require('./support/catalogue');
const { axeViolations, describeViolations } = require('./support/axe');
const { followLink } = require('./support/forms');

const EDITOR = { name: 'redaktor', org: 'Hdir', role: 'editor', password: 'et langt passord 1',
                 email: 'redaktor@hdir.test', reportingContact: true };
const ADMIN = { name: 'admin', org: 'E-helse', role: 'admin', password: 'et langt passord 2' };
const h = useBrowserHarness({ users: [EDITOR, ADMIN], smtp: true });
const nb = catalogue('nb');

const STRATEGY = 'nes-2023-2030';
const PERIOD = '2023-Q3';
const FIRST = '1B-t1-d1';
const coverage = `/rapport/${PERIOD}/dekning?strategy=${STRATEGY}`;
const statePage = `/rapport/${PERIOD}/tilstand?strategy=${STRATEGY}`;
const taskForm = (key) => `/rapport/${PERIOD}/vurder/item%3A${key}?strategy=${STRATEGY}`;

async function as(user) {
  const context = await newContext(h.browser, h.baseUrl);
  const page = await context.newPage();
  const response = await signIn(page, user);
  assert.equal(response.status(), 303, `${user.name} could not sign in`);
  return { context, page };
}

// Clicks `button` and waits for the page its form's POST leads to.
async function submit(page, button) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    button.click(),
  ]);
  await page.waitForLoadState();
  return response;
}

// Whether `subject` is catalogue text `template` with its {placeholders}
// filled in.
function isSubject(subject, template) {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+');
  return new RegExp(`^${pattern}$`).test(subject);
}

// The mails to the editor whose subject is catalogue text `key` for PERIOD.
function editorMails(key) {
  return h.server.mails().filter((m) => m.rcpt_tos.includes(EDITOR.email) &&
                                        m.subject.includes(PERIOD) && isSubject(m.subject, nb[key]));
}

async function editorMail(key) {
  return h.server.waitForMail((m) => editorMails(key).some((e) => e.message_id === m.message_id), key);
}

function reportRow(page, key) {
  return page.locator('main table.coverage-reports tbody tr').filter({
    has: page.locator(`a[href="${taskForm(key)}"]`),
  });
}

// axe-core finds no WCAG 2.1 A/AA violation on the page as it is now.
async function expectAccessible(page) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe-core found on ${page.url()}:\n${describeViolations(violations)}`);
}

async function movePeriod(page, to, reason) {
  await page.goto(statePage);
  const form = page.locator(`main form.period-move:has(input[name="to"][value="${to}"])`);
  if (reason !== undefined) await form.locator('textarea[name="reason"]').fill(reason);
  const response = await submit(page, form.locator('button[type="submit"]'));
  assert.equal(response.status(), 303, `moving to ${to}`);
}

test('a whole round: open, remind, draft, submit, return, resubmit, accept, review, approve, publish', async () => {
  const admin = await as(ADMIN);
  const editor = await as(EDITOR);

  // The admin opens the round: deadline two days ahead, deliverables.
  await admin.page.goto(coverage);
  const deadline = new Date(Date.now() + 2 * 86400e3).toISOString().slice(0, 10) + 'T16:00';
  const roundForm = admin.page.locator('main form[action*="/runde"]');
  await roundForm.locator('input[name="deadline"]').fill(deadline);
  await roundForm.locator('input[name="reporting_levels"][value="4"]').check();
  let response = await submit(admin.page, roundForm.locator('button[type="submit"]'));
  assert.equal(response.status(), 303);
  assert.match(await admin.page.locator('main [role="status"]').textContent(), new RegExp(nb.round_settings_saved));

  // Hdir's reporting contact hears of it by mail, with the way to the
  // tasks, and is reminded: the deadline is within the "3 days before"
  // step of the default schedule.
  const opened = await editorMail('mail_round_opened_subject');
  assert.ok(opened.body.includes(`${h.baseUrl}/oppgaver`), opened.body);
  const reminder = await editorMail('mail_reminder_subject');
  assert.ok(reminder.body.includes(`${h.baseUrl}/oppgaver`), reminder.body);

  // The editor finds the deliverables as tasks, the count in the header:
  // Hdir's 42 reports and the open follow-up of case 20/22.
  await editor.page.goto('/');
  await followLink(editor.page, editor.page.getByRole('link', { name: new RegExp(`^${nb.tasks_nav}`) }).first());
  assert.equal(new URL(editor.page.url()).pathname, '/oppgaver');
  assert.match(await editor.page.locator('header.site-header').textContent(), /\(43 åpne\)/);
  // Two days ahead by UTC date: in the last hour of a UTC day it is already
  // the next day in Oslo, and the countdown reads "1 dag igjen".
  assert.match(await editor.page.locator('main').textContent(), /[1-3] dag(er)? igjen/);
  await expectAccessible(editor.page);

  // A draft, then on to the next open task.
  await editor.page.locator(`main a[href="${taskForm(FIRST)}"]`).click();
  await editor.page.locator('select[name="status"]').selectOption('green');
  await editor.page.locator('textarea[name="comment"]').fill('Godt i gang.');
  response = await submit(editor.page, editor.page.getByRole('button', { name: nb.round_save_draft }));
  assert.equal(response.status(), 303);
  assert.notEqual(new URL(editor.page.url()).pathname, new URL(taskForm(FIRST), h.baseUrl).pathname,
                  'the next task, not the same one');
  assert.match(await editor.page.locator('main [role="status"]').textContent(), new RegExp(nb.tasks_saved));

  await expectAccessible(editor.page);

  // Back to it, and submit.
  await editor.page.goto(taskForm(FIRST));
  assert.match(await editor.page.locator('main').textContent(), new RegExp(nb.round_state_draft));
  response = await submit(editor.page, editor.page.getByRole('button', { name: nb.round_submit }));
  assert.equal(response.status(), 303);

  // The secretariat returns it with a comment.
  await admin.page.goto(coverage + '&state=submitted#rapporter');
  let row = reportRow(admin.page, FIRST);
  await row.locator('textarea[name="comment"]').fill('Mangler tall for 3. kvartal.');
  response = await submit(admin.page, row.getByRole('button', { name: new RegExp(`^${nb.coverage_return}`) }));
  assert.equal(response.status(), 303);

  // The owner hears of it by mail, with the secretariat's comment...
  const returned = await editorMail('mail_returned_subject');
  assert.ok(returned.body.includes('Mangler tall for 3. kvartal.'), returned.body);
  assert.ok(returned.body.includes(`${h.baseUrl}/oppgaver`), returned.body);

  // ...sees it first on /oppgaver, with the comment, and submits again.
  await editor.page.goto('/oppgaver');
  const first = editor.page.locator('main ul.task-list li').first();
  assert.match(await first.textContent(), /Mangler tall for 3\. kvartal\./);
  assert.match(await first.textContent(), new RegExp(nb.round_state_returned));
  await first.locator('a').click();
  await editor.page.locator('textarea[name="comment"]').fill('Tallene er lagt inn.');
  response = await submit(editor.page, editor.page.getByRole('button', { name: nb.round_submit }));
  assert.equal(response.status(), 303);

  // Accepted.
  await admin.page.goto(coverage + '&state=submitted#rapporter');
  await expectAccessible(admin.page);
  row = reportRow(admin.page, FIRST);
  response = await submit(admin.page, row.getByRole('button', { name: new RegExp(`^${nb.coverage_accept}`) }));
  assert.equal(response.status(), 303);
  await admin.page.goto(coverage + '&state=accepted#rapporter');
  assert.equal(await reportRow(admin.page, FIRST).count(), 1);

  // Review with the gaps named, approve, publish.
  await admin.page.goto(statePage);
  assert.match(await admin.page.locator('main').textContent(), /41 forventede rapporter er ikke sendt inn/);
  await movePeriod(admin.page, 'in_review', 'Resten rapporteres muntlig i møtet.');
  assert.match(await admin.page.locator('main .history').textContent(), /open → in_review/);
  await movePeriod(admin.page, 'approved');
  await movePeriod(admin.page, 'published');

  // The published report is public, with the accepted assessment.
  const visitor = await newContext(h.browser, h.baseUrl);
  const publicPage = await visitor.newPage();
  const report = await publicPage.goto(`/rapport/${PERIOD}?strategy=${STRATEGY}`);
  assert.equal(report.status(), 200);
  assert.match(await publicPage.locator('main').textContent(), /Tallene er lagt inn\./);
  await visitor.close();

  // Every mail came once, though the scheduler looked every second.
  for (const key of ['mail_round_opened_subject', 'mail_reminder_subject', 'mail_returned_subject']) {
    assert.equal(editorMails(key).length, 1, `${key}: ${editorMails(key).map((m) => m.subject)}`);
  }
  await admin.context.close();
  await editor.context.close();
});
