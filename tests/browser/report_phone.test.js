// The status report on a 390 CSS pixel phone (docs/reporting.md, "The
// report itself"), in bokmål and English: the page does not scroll
// sideways, no table needs to scroll, no text sticks out of its box, the
// cells of a row never overlap, and a word that wraps onto the next line
// wraps only at a hyphenation point (a hyphen or a soft hyphen), never in
// the middle. Text hidden for screen readers only (the tables' header rows)
// is left out.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBrowserHarness } = require('./support/harness');
const { firstLink } = require('./support/pages');

const h = useBrowserHarness();

// What breaks the layout of the report on the page, as lists of short texts.
function layoutProblems(page) {
  return page.evaluate(() => {
    const report = document.querySelector('article.report');
    const hidden = (node) => {
      for (let e = node.parentElement; e; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return true;
      }
      return false;
    };
    const out = { scrolling: [], sticking: [], overlapping: [], brokenWords: [] };
    for (const s of report.querySelectorAll('.table-scroll')) {
      if (s.scrollWidth > s.clientWidth + 1) out.scrolling.push(s.querySelector('table').className);
    }
    for (const e of report.querySelectorAll('th, td, p, li, h1, h2, h3, dd, dt, a, span')) {
      if (hidden(e.firstChild || e) || getComputedStyle(e).display === 'inline') continue;
      if (e.scrollWidth > e.clientWidth + 1) out.sticking.push(`<${e.tagName.toLowerCase()}> ${e.textContent.trim().slice(0, 40)}`);
    }
    for (const row of report.querySelectorAll('tbody tr')) {
      const cells = [...row.children].map((c) => c.getBoundingClientRect()).filter((r) => r.height > 1);
      for (let i = 1; i < cells.length; i++) {
        const a = cells[i - 1], b = cells[i];
        const apart = b.top >= a.bottom - 1 || b.left >= a.right - 1;
        if (!apart) out.overlapping.push(`${row.dataset.subject} cell ${i + 1}`);
      }
    }
    const walker = document.createTreeWalker(report, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (hidden(n)) continue;
      const text = n.textContent;
      const words = /\S+/g;
      for (let m = words.exec(text); m; m = words.exec(text)) {
        let top = null;
        for (let i = 0; i < m[0].length; i++) {
          range.setStart(n, m.index + i);
          range.setEnd(n, m.index + i + 1);
          const r = range.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (top !== null && r.top > top + 2) {
            if (!['-', '\u00ad', '\u2010'].includes(text[m.index + i - 1])) out.brokenWords.push(m[0]);
            break;
          }
          top = r.top;
        }
      }
    }
    return out;
  });
}

test('the report reads well on a 390 px phone', async (t) => {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const report = await firstLink(page, '/rapport', /^\/rapport\/[^/?#.]+(\?[^#]*)?$/);
  for (const path of [report, report + (report.includes('?') ? '&' : '?') + 'lang=en']) {
    await t.test(path, async () => {
      await page.goto(path);
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.ok(size.scrollWidth <= size.clientWidth, `the page is ${size.scrollWidth} px wide at 390 px`);
      const p = await layoutProblems(page);
      assert.deepEqual(p.scrolling, [], 'tables that scroll sideways');
      assert.deepEqual(p.sticking, [], 'text that sticks out of its box');
      assert.deepEqual(p.overlapping, [], 'cells that overlap');
      assert.deepEqual(p.brokenWords, [], 'words broken elsewhere than at a hyphen');
    });
  }
  await context.close();
});
