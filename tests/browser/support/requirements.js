// Checks, before a browser test file declares its tests, that what it needs
// is installed: the npm packages of tests/browser (./scripts/test runs
// `npm ci` there) and Chromium. When something is missing it prints why and
// exits with 77, which CTest reports as "skipped" (SKIP_RETURN_CODE in
// tests/CMakeLists.txt), so that a plain `ctest` without them does not fail.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const SKIP = 77;

function requireBrowserTools() {
  const modules = path.join(__dirname, '..', 'node_modules');
  const missing = ['playwright-core', 'axe-core', 'lighthouse'].filter(
    (m) => !fs.existsSync(path.join(modules, m, 'package.json')));
  if (missing.length) {
    console.log(`browser tests skipped: ${missing.join(', ')} not installed ` +
                '(run `npm ci` in tests/browser; ./scripts/test does)');
    process.exit(SKIP);
  }
  const chromium = process.env.FREMDRIFT_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    console.log(`browser tests skipped: no Chromium at ${chromium} (apt-get install chromium)`);
    process.exit(SKIP);
  }
}

module.exports = { requireBrowserTools };
