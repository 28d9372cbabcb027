// Sending the edit forms (form.edit-form in main) as a person does.
'use strict';

// Clicks the form's submit button and waits for the page the POST leads
// to. Returns the response to the POST (303 after a save, 400/403/409 when
// refused).
async function submitEditForm(page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.locator('main form.edit-form button[type="submit"]').click(),
  ]);
  await page.waitForLoadState();
  return response;
}

// Clicks `button` (of any form) and waits for the page its POST leads to.
// Returns the response to the POST.
async function submitWith(page, button) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    button.click(),
  ]);
  await page.waitForLoadState();
  return response;
}

// Clicks `link` and waits for the page it leads to to have loaded. A bare
// click returns once the navigation starts; a check run then (axe above
// all) meets the old page or one still being replaced.
async function followLink(page, link) {
  const before = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== before, { waitUntil: 'load' }), link.click()]);
}

module.exports = { submitEditForm, submitWith, followLink };
