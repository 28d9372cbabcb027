// The main pages of Fremdrift as a reader finds them: the fixed addresses
// and, for the strategy, an indicator and a report, the first one the
// public pages link to (so the tests follow the demo data without naming
// its codes).
'use strict';

// The first href on the page at `from` that matches `pattern`.
async function firstLink(page, from, pattern) {
  await page.goto(from);
  const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${from}`);
  return href;
}

// [{name, path}] for home, strategy, roadmap, portfolio, monitor, indicator, report,
// sign-in.
async function mainPages(page) {
  return [
    { name: 'home', path: '/' },
    { name: 'strategy', path: await firstLink(page, '/', /^\/strategi\/[^/?#]+$/) },
    { name: 'roadmap', path: '/veikart' },
    { name: 'portfolio', path: '/portefolje' },
    { name: 'monitor', path: '/monitor' },
    { name: 'indicator', path: await firstLink(page, '/monitor', /^\/monitor\/indikator\/[^/?#]+$/) },
    { name: 'report', path: await firstLink(page, '/rapport', /^\/rapport\/[^/?#.]+(\?[^#]*)?$/) },
    { name: 'sign-in', path: '/logg-inn' },
  ];
}

// [{name, path}] for the other public pages: a plan item, the
// accessibility statement, the source documents, cost sharing, committees, a meeting, a case,
// approved minutes,
// the decision log, a portfolio item, the roadmap versions, an item with
// dependencies, an indicator with an approximate figure, a goal's page of
// the first report, and the 2017-2022 strategy and its report on the ICT
// resource report's status scale.
async function otherPages(page) {
  const strategy = await firstLink(page, '/', /^\/strategi\/[^/?#]+$/);
  const body = await firstLink(page, '/utvalg', /^\/utvalg\/[^/?#]+$/);
  // The body's first meeting (the demo's of February 2022, whose minutes
  // case 17/22 approved) and a meeting with an agenda (from the decision log).
  const first = await firstLink(page, body, /^\/moter\/[^/?#.]+$/);
  const meeting = await firstLink(page, '/vedtak', /^\/moter\/[^/?#.]+$/);
  const report = await firstLink(page, '/rapport', /^\/rapport\/[^/?#.]+(\?[^#]*)?$/);
  return [
    { name: 'item', path: await firstLink(page, strategy, /^\/strategi\/[^/]+\/[^/?#]+$/) },
    { name: 'accessibility-statement', path: '/tilgjengelighet' },
    { name: 'sources', path: '/kilder' },
    { name: 'costs', path: '/kostnadsdeling' },
    { name: 'costs-year', path: await firstLink(page, '/kostnadsdeling', /^\/kostnadsdeling\/[^/?#.]+$/) },
    { name: 'committees', path: '/utvalg' },
    { name: 'committee', path: body },
    { name: 'meeting', path: meeting },
    { name: 'case', path: await firstLink(page, meeting, /^\/saker\/[^/?#.]+$/) },
    { name: 'minutes', path: await firstLink(page, first, /^\/moter\/[^/?#.]+\/referat$/) },
    { name: 'decisions', path: '/vedtak' },
    { name: 'portfolio-item', path: await firstLink(page, '/portefolje', /^\/portefolje\/[^/?#]+$/) },
    { name: 'roadmap-versions', path: '/veikart/versjoner' },
    { name: 'roadmap-version', path: await firstLink(page, '/veikart/versjoner', /^\/veikart\/versjoner\/[^/?#]+$/) },
    // Strategy model (docs/strategy-model.md): an item with dependencies
    // and an indicator whose figure is approximate.
    { name: 'item-dependencies', path: '/strategi/nes-2023-2030/4B' },
    { name: 'indicator-approximate', path: '/monitor/indikator/kj-fastlegekontor' },
    // A strategy on a status scale of the sources (docs/strategy-model.md, "Status scales").
    { name: 'strategy-status-scale', path: '/strategi/nes-2017-2022' },
    { name: 'report-status-scale', path: '/rapport/2022?strategy=nes-2017-2022' },
    { name: 'report-goal', path: await firstLink(page, report, /^\/rapport\/[^/?#.]+\/mal\/[^/?#]+(\?[^#]*)?$/) },
  ];
}

module.exports = { mainPages, otherPages, firstLink };
