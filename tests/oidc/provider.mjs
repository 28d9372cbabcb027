// The OpenID Provider the sign-in tests run on loopback: the certified npm
// package oidc-provider (pinned in tests/oidc/package-lock.json), with test
// users, private_key_jwt client authentication (or client_secret_basic for
// a client given a client_secret) and PKCE required, and its own login
// page (devInteractions: a test user's name signs them in). A test with
// several providers starts one process per issuer.
//
// Usage: node tests/oidc/provider.mjs CONFIG.json
// CONFIG: { port, issuer, key_file, clients: [{client_id, jwks or
//   client_secret, redirect_uris, post_logout_redirect_uris}],
//   users: {NAME: {claims}}, id_token_ttl }
// The provider's signing keys (RS256 and ES256) are read from key_file, or
// made and written there when it is missing: a test rotates the keys by
// removing the file and starting the provider again on the same port.
//
// For the token-validation tests only, POST /test/sign signs a JSON body
// {header, claims, key} with the provider's own current key (key
// "current"), with a key the provider never published ("unknown"), or as
// HS256 with the provider's public RSA key as the secret ("hmac-public").
// Prints "ready" on standard output once it listens.
import fs from 'node:fs';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

async function privateKeys() {
  if (fs.existsSync(config.key_file)) return JSON.parse(fs.readFileSync(config.key_file, 'utf8'));
  const rsa = await jose.generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const ec = await jose.generateKeyPair('ES256', { extractable: true });
  const keys = [];
  for (const [pair, alg] of [[rsa, 'RS256'], [ec, 'ES256']]) {
    const jwk = await jose.exportJWK(pair.privateKey);
    jwk.kid = crypto.randomUUID();
    jwk.use = 'sig';
    jwk.alg = alg;
    keys.push(jwk);
  }
  fs.writeFileSync(config.key_file, JSON.stringify({ keys }));
  return { keys };
}

const jwks = await privateKeys();
// RS256 and PS256 use the one RSA key; the published key names no alg.
const providerJwks = { keys: jwks.keys.map(({ alg, ...k }) => k) };
const users = config.users || {};

const provider = new Provider(config.issuer, {
  clients: config.clients.map((c) => ({
    client_id: c.client_id,
    ...(c.client_secret
      ? { token_endpoint_auth_method: 'client_secret_basic', client_secret: c.client_secret }
      : { token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'RS256', jwks: c.jwks }),
    redirect_uris: c.redirect_uris,
    post_logout_redirect_uris: c.post_logout_redirect_uris || [],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    id_token_signed_response_alg: c.id_token_signed_response_alg || 'RS256',
  })),
  jwks: providerJwks,
  pkce: { required: () => true },
  conformIdTokenClaims: false,
  claims: {
    openid: ['sub'],
    profile: ['name'],
    pid: ['pid'],
    organisation: ['orgnr_parent', 'orgnr_child'],
  },
  scopes: ['openid', 'profile', 'pid', 'organisation'],
  ttl: { Grant: 3600, IdToken: config.id_token_ttl || 3600, AccessToken: 600, Session: 3600, Interaction: 600 },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  // Test users consent by signing in: the grant covers what was asked.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope(ctx.oidc.requestParamScopes ? [...ctx.oidc.requestParamScopes].join(' ') : 'openid');
    grant.addOIDCClaims(['sub', 'name', 'pid', 'orgnr_parent', 'orgnr_child']);
    await grant.save();
    return grant;
  },
  async findAccount(ctx, id) {
    const claims = users[id];
    if (!claims) return undefined;
    return { accountId: id, async claims() { return { sub: id, ...claims }; } };
  },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
});
provider.proxy = false;

async function signForTest(body) {
  const rsa = jwks.keys.find((k) => k.kty === 'RSA');
  const ec = jwks.keys.find((k) => k.kty === 'EC');
  const header = { typ: 'JWT', ...(body.header || {}) };
  const alg = header.alg || 'RS256';
  header.alg = alg;
  let key;
  if (body.key === 'hmac-public') {
    const { d, p, q, dp, dq, qi, ...pub } = rsa;
    const pem = crypto.createPublicKey({ key: pub, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
    key = new TextEncoder().encode(pem);
    header.kid = header.kid || rsa.kid;
  } else if (body.key === 'unknown') {
    const pair = await jose.generateKeyPair(alg, { extractable: true });
    key = pair.privateKey;
    header.kid = header.kid || crypto.randomUUID();
  } else {
    const jwk = alg.startsWith('ES') ? ec : rsa;
    const { alg: _ignored, ...material } = jwk;
    key = await jose.importJWK(material, alg);
    header.kid = header.kid || jwk.kid;
  }
  return new jose.SignJWT(body.claims || {}).setProtectedHeader(header).sign(key);
}

provider.use(async (ctx, next) => {
  if (ctx.path === '/test/sign' && ctx.method === 'POST') {
    let raw = '';
    for await (const chunk of ctx.req) raw += chunk;
    ctx.type = 'text/plain';
    ctx.body = await signForTest(JSON.parse(raw));
    return;
  }
  await next();
});

provider.listen(config.port, '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
