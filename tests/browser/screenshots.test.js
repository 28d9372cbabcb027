// Full-page screenshots of the main pages, in both languages, on a phone
// (390 CSS pixels wide) and a laptop (1366), saved in the build's
// e2e-artifacts folder (FREMDRIFT_E2E_ARTIFACTS, set by CTest) as
// <page>-<lang>-<width>.png for people to look at. Each picture is checked
// for what a reader relies on when the page opens: the page is in the
// language chosen, its heading is on the first screen, its styles and
// images have loaded, the page is exactly as wide as the screen (no
// sideways scrolling), the language switch is shown on the screen
// offering the other language, and at this width too the first Tab lands
// on the skip link (keyboard.test.js checks the skip link at the default
// size and where it leads). The signed-in pages are saved by forms.test.js.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { useBrowserHarness } = require('./support/harness');
const { catalogue } = require('./support/catalogue');
const { mainPages } = require('./support/pages');
const { saveScreenshot } = require('./support/screenshot');
const { focusedElement } = require('./support/keyboard');

const h = useBrowserHarness();
const height = 900;

// The width and height of a PNG file, from its IHDR chunk.
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG', `${file} is not a PNG`);
  assert.equal(bytes.subarray(12, 16).toString(), 'IHDR', `${file} has no IHDR chunk first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// What the first screen shows a reader, read from the page as it was
// photographed.
function firstScreen(page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1') || document.querySelector('h1');
    const box = h1 ? h1.getBoundingClientRect() : null;
    const sheets = [...document.styleSheets].map((s) => {
      try { return { href: s.href, rules: s.cssRules.length }; } catch { return { href: s.href, rules: -1 }; }
    });
    const langSwitch = document.querySelector('a.lang-switch');
    const switchBox = langSwitch ? langSwitch.getBoundingClientRect() : null;
    const brokenImages = [...document.images]
      .filter((img) => !img.complete || img.naturalWidth === 0)
      .map((img) => img.getAttribute('src'));
    return {
      lang: document.documentElement.lang,
      heading: h1 ? h1.textContent.trim() : '',
      headingBox: box && { top: box.top, width: box.width, height: box.height },
      sheets,
      brokenImages,
      footer: document.querySelector('footer') ? document.querySelector('footer').textContent : '',
      scrollWidth: document.documentElement.scrollWidth,
      langSwitch: langSwitch && {
        offers: langSwitch.getAttribute('lang'),
        shown: switchBox.width > 0 && switchBox.height > 0 && getComputedStyle(langSwitch).visibility !== 'hidden',
        left: switchBox.left,
        right: switchBox.right,
      },
    };
  });
}

for (const width of [390, 1366]) {
  test(`the main pages at ${width} px show their heading, styles, language and switch, start with the skip link, and are saved`, async () => {
    for (const lang of ['nb', 'en']) {
      const t = catalogue(lang);
      const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`/?lang=${lang}`);
      for (const { name, path } of await mainPages(page)) {
        const response = await page.goto(path);
        assert.equal(response.status(), 200, path);
        await page.evaluate(() => document.fonts.ready);
        const seen = await firstScreen(page);
        const where = `${path} (${lang}, ${width} px)`;
        assert.equal(seen.lang, lang, `${where}: the page is not in the language chosen`);
        assert.ok(seen.footer.includes(t.footer_api), `${where}: the footer does not read "${t.footer_api}"`);
        assert.ok(seen.heading, `${where}: no heading`);
        assert.ok(seen.headingBox.width > 0 && seen.headingBox.height > 0, `${where}: the heading is not shown`);
        assert.ok(seen.headingBox.top >= 0 && seen.headingBox.top + seen.headingBox.height <= height,
                  `${where}: the heading "${seen.heading}" is not on the first screen (top ${seen.headingBox.top})`);
        assert.ok(seen.sheets.length > 0 && seen.sheets.every((s) => s.rules > 0),
                  `${where}: a style sheet did not load: ${JSON.stringify(seen.sheets)}`);
        assert.deepEqual(seen.brokenImages, [], `${where}: images that did not load`);
        assert.ok(seen.scrollWidth <= width, `${where}: the page scrolls sideways (${seen.scrollWidth} px wide)`);
        assert.ok(seen.langSwitch, `${where}: no language switch`);
        assert.equal(seen.langSwitch.offers, lang === 'nb' ? 'en' : 'nb', `${where}: the switch offers the wrong language`);
        assert.ok(seen.langSwitch.shown && seen.langSwitch.left >= 0 && seen.langSwitch.right <= width,
                  `${where}: the language switch is not on the screen: ${JSON.stringify(seen.langSwitch)}`);
        const file = await saveScreenshot(page, `${name}-${lang}-${width}`);
        const size = pngSize(file);
        assert.equal(size.width, width, `${where}: the picture is ${size.width} px wide, the screen ${width}`);
        assert.ok(size.height >= height, `${where}: the picture is shorter than the screen (${size.height} px)`);
        // After the picture, which should not show a focused skip link.
        await page.keyboard.press('Tab');
        const first = await focusedElement(page);
        assert.ok(first && /\bskip-link\b/.test(first.className),
                  `${where}: the first Tab lands on ${first ? first.description : 'nothing'}, not the skip link`);
        assert.ok(first.inViewport, `${where}: the focused skip link is not on the screen`);
      }
      await context.close();
    }
  });
}
