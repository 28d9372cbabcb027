// The JSON API as an admin, for setting up what a browser test needs
// (a token made with `fremdrift token create`).
'use strict';

// An API client for `user` (who must exist) of `server`.
function apiAs(server, user) {
  const token = server.runCli(['token', 'create', '--name', user]).trim();
  async function call(method, path, body) {
    const res = await fetch(server.baseUrl + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }
  return {
    get: (path) => call('GET', path),
    put: (path, body) => call('PUT', path, body),
    post: (path, body) => call('POST', path, body),
  };
}

module.exports = { apiAs };
