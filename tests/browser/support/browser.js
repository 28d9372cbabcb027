// Debian's Chromium driven by playwright-core (which cannot download a
// browser of its own here), headless, with nothing that reaches the network.
'use strict';

const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Starts Chromium (FREMDRIFT_CHROMIUM or /usr/bin/chromium).
async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.FREMDRIFT_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

// A fresh context (own cookies) whose pages start at `baseUrl`.
async function newContext(browser, baseUrl) {
  return browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
}

module.exports = { launchBrowser, newContext };
