// Full-page screenshots for people to look at, saved as <name>.png in the
// build's e2e-artifacts folder (FREMDRIFT_E2E_ARTIFACTS, set by CTest).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const artifacts = process.env.FREMDRIFT_E2E_ARTIFACTS || path.join(process.cwd(), 'e2e-artifacts');

// Saves the page as it is now; returns the file's path.
async function saveScreenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  fs.rmSync(file, { force: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

module.exports = { saveScreenshot, artifacts };
