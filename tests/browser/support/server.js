// A Fremdrift server for one browser test file: a temporary SQLite database
// loaded with data/demo and the users the test asks for, served by the built
// `fremdrift serve` on a free loopback port. The binary and the source tree
// come from FREMDRIFT_BINARY and FREMDRIFT_SOURCE_DIR (set by CTest, see
// tests/CMakeLists.txt). stop() ends the server and removes the database.
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const binary = process.env.FREMDRIFT_BINARY;
const sourceDir = process.env.FREMDRIFT_SOURCE_DIR;

// Runs `fremdrift args...` to completion, with `input` on its standard
// input; throws with its output on failure.
function runCli(args, input = '') {
  try {
    return execFileSync(binary, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`fremdrift ${args.join(' ')} failed: ${e.stderr || e.message}`);
  }
}

// Resolves with the port once `child` prints "running on http://HOST:PORT/".
function portFromOutput(child) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const onExit = (code) => reject(new Error(`fremdrift serve exited with ${code}: ${err}`));
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/running on http:\/\/[^:]+:(\d+)\//);
      if (m) {
        child.off('exit', onExit);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', onExit);
  });
}

// Starts a server with the demo data. `users` are created with
// `fremdrift user add` (and given their password for signing in with
// `fremdrift user password`) before it starts: [{name, org, role, password?}].
// Returns {baseUrl, db, stop(), runCli(args, input)}.
async function startServer({ users = [] } = {}) {
  if (!binary || !sourceDir) {
    throw new Error('FREMDRIFT_BINARY and FREMDRIFT_SOURCE_DIR must be set (CTest sets them)');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-browser-'));
  const db = `sqlite:${path.join(dir, 'test.db')}`;
  runCli(['import', '--db', db, path.join(sourceDir, 'data', 'demo')]);
  for (const u of users) {
    runCli(['user', 'add', '--db', db, '--name', u.name, '--org', u.org, '--role', u.role]);
    if (u.password !== undefined) runCli(['user', 'password', '--db', db, '--name', u.name], `${u.password}\n`);
  }

  const child = spawn(binary, ['serve', '--db', db, '--port', '0', '--bind', '127.0.0.1',
                               '--assets', sourceDir],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await portFromOutput(child);
  const baseUrl = `http://127.0.0.1:${port}`;

  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { baseUrl, db, stop, runCli: (args, input) => runCli([...args, '--db', db], input) };
}

module.exports = { startServer, runCli, sourceDir };
