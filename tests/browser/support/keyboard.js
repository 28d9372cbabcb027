// What a keyboard user meets on a page: the element focus is on, and a walk
// with Tab through everything focusable.
'use strict';

// Stops a walk through a page's focusable elements that never ends.
const MAX_TABS = 1000;

// The focused element as a sighted keyboard user sees it, or null when
// focus is on the document itself.
function focusedElement(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    const label = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || '')
      .trim().slice(0, 40);
    return {
      id: e.id,
      className: typeof e.className === 'string' ? e.className : '',
      description: `<${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}> "${label}"`,
      outlineVisible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 &&
                      s.outlineColor !== 'rgba(0, 0, 0, 0)' && s.outlineColor !== 'transparent',
      inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
                  r.top < window.innerHeight && r.left < window.innerWidth,
    };
  });
}

// Presses Tab from the top of the page until focus leaves the last
// element. Returns {reached, invisible}: how many elements took focus, and
// those without a visible outline.
async function tabThrough(page) {
  const invisible = [];
  let reached = 0;
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedElement(page);
    if (!f) break;  // past the last element: focus is back on the document
    reached++;
    if (!f.outlineVisible) invisible.push(f.description);
  }
  return { reached, invisible, endless: reached >= MAX_TABS };
}

module.exports = { focusedElement, tabThrough };
