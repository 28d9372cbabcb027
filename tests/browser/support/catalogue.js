// The interface strings of a language as the server reads them
// (templates/i18n/<lang>.json and templates/i18n/<lang>/*.json), so that
// tests look for the words a reader sees without copying them.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { sourceDir } = require('./server');

function catalogue(lang) {
  const dir = path.join(sourceDir, 'templates', 'i18n');
  const strings = JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), 'utf8'));
  const areaDir = path.join(dir, lang);
  if (fs.existsSync(areaDir)) {
    for (const f of fs.readdirSync(areaDir).filter((n) => n.endsWith('.json')).sort()) {
      Object.assign(strings, JSON.parse(fs.readFileSync(path.join(areaDir, f), 'utf8')));
    }
  }
  return strings;
}

module.exports = { catalogue };
