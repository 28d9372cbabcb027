// The test OpenID Provider (tests/oidc/provider.mjs, npm oidc-provider) for
// a browser test: started on a free loopback port for one client, with the
// test users given; stop() ends it and removes its folder.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sourceDir, freePort, readyFromOutput } = require('./server');

// client: {client_id, jwks, redirect_uris, post_logout_redirect_uris};
// users: {account: {claims}}. Returns {issuer, stop()}.
async function startOidcProvider(client, users) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-oidc-'));
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const config = { port, issuer, key_file: path.join(dir, 'keys.json'), clients: [client], users };
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  const child = spawn(process.execPath, [path.join(sourceDir, 'tests', 'oidc', 'provider.mjs'),
                                         path.join(dir, 'config.json')],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  await readyFromOutput(child, 'tests/oidc/provider.mjs');
  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { issuer, stop };
}

module.exports = { startOidcProvider };
