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

// Resolves with the port once `child` prints its address, "http://HOST:PORT/"
// (in "Fremdrift is running on ..." or "Fremdrift kjører på ...": the
// start-up line speaks the locale's language).
function portFromOutput(child) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const onExit = (code) => reject(new Error(`fremdrift serve exited with ${code}: ${err}`));
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/ http:\/\/[^:\s]+:(\d+)\/ /);
      if (m) {
        child.off('exit', onExit);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', onExit);
  });
}

// Resolves once `child` prints "ready" (tests/support/smtp_sink.py).
function readyFromOutput(child, what) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const onExit = (code) => reject(new Error(`${what} exited with ${code}: ${err}`));
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) {
        child.off('exit', onExit);
        resolve();
      }
    });
    child.on('exit', onExit);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = require('node:net').createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// A real SMTP server on loopback (tests/support/smtp_sink.py, Debian's
// python3-aiosmtpd) writing each mail it accepts to `folder` as JSON.
// Returns {url, mails(), stop()}; mails() are in the order received.
async function startSmtpSink(folder) {
  fs.mkdirSync(folder, { recursive: true });
  const port = await freePort();
  const child = spawn('/usr/bin/python3', [path.join(sourceDir, 'tests', 'support', 'smtp_sink.py'),
                                           folder, String(port)],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  await readyFromOutput(child, 'smtp_sink.py');
  function mails() {
    return fs.readdirSync(folder).filter((n) => n.endsWith('.json')).sort()
      .map((n) => JSON.parse(fs.readFileSync(path.join(folder, n), 'utf8')));
  }
  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
  return { url: `smtp://127.0.0.1:${port}`, mails, stop };
}

// Starts a server with the demo data. `users` are created with
// `fremdrift user add` (and given their password for signing in with
// `fremdrift user password`) before it starts:
// [{name, org, role, password?, email?, reportingContact?}].
// With `smtp: true` the server delivers its mail to a real SMTP server on
// loopback and looks for due reminders every second; the result then has
// mails() and waitForMail(predicate).
// Returns {baseUrl, db, stop(), runCli(args, input)}.
// `port` (default 0: any free one) and `extraArgs` go to `fremdrift serve`
// (e.g. the --oidc-* flags of oidc_sign_in.test.js).
async function startServer({ users = [], smtp = false, port: wantedPort = 0, extraArgs = [] } = {}) {
  if (!binary || !sourceDir) {
    throw new Error('FREMDRIFT_BINARY and FREMDRIFT_SOURCE_DIR must be set (CTest sets them)');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-browser-'));
  const db = `sqlite:${path.join(dir, 'test.db')}`;
  runCli(['import', '--db', db, path.join(sourceDir, 'data', 'demo')]);
  for (const u of users) {
    const mailArgs = [];
    if (u.email) mailArgs.push('--email', u.email);
    if (u.reportingContact) mailArgs.push('--reporting-contact', 'yes');
    runCli(['user', 'add', '--db', db, '--name', u.name, '--org', u.org, '--role', u.role, ...mailArgs]);
    if (u.password !== undefined) runCli(['user', 'password', '--db', db, '--name', u.name], `${u.password}\n`);
  }

  const sink = smtp ? await startSmtpSink(path.join(dir, 'mail')) : null;
  const mailArgs = sink ? ['--smtp', sink.url, '--mail-from', 'sekretariatet@fremdrift.test',
                           '--mail-schedule-seconds', '1', '--mail-retry-seconds', '1'] : [];
  const child = spawn(binary, ['serve', '--db', db, '--port', String(wantedPort), '--bind', '127.0.0.1',
                               '--assets', sourceDir, ...mailArgs, ...extraArgs],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await portFromOutput(child);
  const baseUrl = `http://127.0.0.1:${port}`;

  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (sink) await sink.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // The first mail received that `predicate` accepts, waiting up to
  // `timeoutMs` for it to arrive.
  async function waitForMail(predicate, what, timeoutMs = 20000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mail = sink.mails().find(predicate);
      if (mail) return mail;
      if (Date.now() > until) {
        const got = sink.mails().map((m) => `${m.rcpt_tos.join(',')}: ${m.subject}`).join('\n');
        throw new Error(`no mail ${what} within ${timeoutMs} ms; received:\n${got}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    baseUrl, db, stop, runCli: (args, input) => runCli([...args, '--db', db], input),
    mails: sink ? sink.mails : undefined, waitForMail: sink ? waitForMail : undefined,
  };
}

module.exports = { startServer, runCli, sourceDir, freePort, readyFromOutput };
