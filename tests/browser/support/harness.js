// What every browser test file shares: before its tests a server with the
// demo data and a Chromium; after them both stopped. Call useBrowserHarness()
// at the top level of a test file; the returned object fills in before the
// first test runs ({server, browser, baseUrl}).
'use strict';

const { before, after } = require('node:test');
const { requireBrowserTools } = require('./requirements');

requireBrowserTools();

const { startServer } = require('./server');
const { launchBrowser } = require('./browser');

// `options` go to startServer (e.g. {users: [...]}); options.setup(h), if
// given, runs once the server and browser are up, before the first test.
function useBrowserHarness(options = {}) {
  const h = {};
  before(async () => {
    h.server = await startServer(options);
    h.baseUrl = h.server.baseUrl;
    h.browser = await launchBrowser();
    if (options.setup) await options.setup(h);
  });
  after(async () => {
    if (h.browser) await h.browser.close();
    if (h.server) await h.server.stop();
  });
  return h;
}

module.exports = { useBrowserHarness };
