// Runs axe-core (node_modules/axe-core/axe.min.js) in a page against WCAG
// 2.1 A and AA, and describes its violations one per line.
'use strict';

const fs = require('node:fs');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The violations axe finds on the page as it is now.
async function axeViolations(page) {
  // A click on a link returns once the new page's address is committed,
  // before its document has loaded; axe run then would meet a document
  // still being replaced (a CI run failed so, reading documentElement of
  // null). Wait for the page to have loaded first.
  await page.waitForLoadState('load');
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Through the debugger rather than a <script> element, so that the
    // page's Content-Security-Policy (no inline script) does not block it.
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_21_AA);
  return results.violations;
}

// "id (impact): help [target]" for every node of every violation.
function describeViolations(violations) {
  const lines = [];
  for (const v of violations) {
    for (const node of v.nodes) {
      lines.push(`${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}` +
                 (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''));
    }
  }
  return lines.join('\n');
}

// Fails the test when axe-core finds a WCAG 2.1 A/AA violation on the page
// as it is now.
async function expectAccessible(page) {
  const violations = await axeViolations(page);
  require('node:assert/strict').equal(violations.length, 0,
                                      `axe-core found on ${page.url()}:\n${describeViolations(violations)}`);
}

module.exports = { axeViolations, describeViolations, expectAccessible };
