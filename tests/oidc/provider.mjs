// A real OpenID Connect provider (the `oidc-provider` package) standing in
// for a council's Microsoft 365 or Google sign-in in Sayso's tests.
//
// It listens on 127.0.0.1 (PORT, or a free port) and prints one line,
// `issuer http://127.0.0.1:PORT`, once it is ready. It knows one client,
// CLIENT_ID / CLIENT_SECRET (defaults `sayso` / `sayso-test-secret`), whose
// redirect URIs come from REDIRECT_URIS (comma-separated) or, when the
// Sayso address is only known later, from `POST /_test/setup
// {"redirect_uris": [...]}`; until then it answers 503.
//
// Its sign-in page takes any email: the account's `email` is what was
// typed and `email_verified` is true unless the "not confirmed" box is
// ticked. Every client needs PKCE, and the ID token carries the email.
//
// `POST /_test/tamper {...}` changes the next ID token the token endpoint
// sends, re-signed with the provider's own key so that only the changed
// claim is wrong: `{"iss": "..."}`, `{"aud": "..."}`, `{"nonce": "..."}`,
// `{"exp": -60}` (seconds from now), or `{"foreign_key": true}` (signed by
// a key the provider never published). This is how the tests show that
// Sayso checks each of them.
import http from 'node:http';
import { Provider } from 'oidc-provider';
import * as jose from 'jose';

const clientId = process.env.CLIENT_ID || 'sayso';
const clientSecret = process.env.CLIENT_SECRET || 'sayso-test-secret';

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const signingJwk = { ...(await jose.exportJWK(privateKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
const signingKey = await jose.importJWK(signingJwk, 'RS256');

let provider = null;
let tamper = null;
const handlers = new WeakMap();
const handler = (p) => {
  if (!handlers.has(p)) handlers.set(p, p.callback());
  return handlers.get(p);
};

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function makeProvider(issuer, redirectUris) {
  const p = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingJwk] },
    cookies: { keys: ['sayso-test-provider-cookie-key'] },
    pkce: { required: () => true },
    // The email in the ID token itself (the default puts it only in userinfo
    // for the code flow; Google and Entra put it in the ID token).
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party client: no consent screen (oidc-provider's documented recipe).
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    async findAccount(ctx, id) {
      const unverified = id.endsWith('#unverified');
      const email = unverified ? id.slice(0, -'#unverified'.length) : id;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email, email_verified: !unverified, name: email.split('@')[0] };
        },
      };
    },
    ttl: { Session: 600, Interaction: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Grant: 600 },
  });
  p.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.method === 'POST' && tamper && ctx.body && ctx.body.id_token) {
      const change = tamper;
      tamper = null;
      const claims = jose.decodeJwt(ctx.body.id_token);
      const now = Math.floor(Date.now() / 1000);
      for (const [k, v] of Object.entries(change)) {
        if (k === 'exp') claims.exp = now + v;
        else if (k !== 'foreign_key') claims[k] = v;
      }
      let key = signingKey;
      if (change.foreign_key) {
        key = (await jose.generateKeyPair('RS256')).privateKey;
      }
      ctx.body = {
        ...ctx.body,
        id_token: await new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key-1' }).sign(key),
      };
    }
  });
  return p;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    return send(res, 200, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council sign-in (test)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<h1>Test council sign-in</h1>
<form method="post" action="/interaction/${esc(details.uid)}">
<label for="email">Work email</label> <input id="email" name="email" type="email" required>
<label><input type="checkbox" name="unverified" value="yes"> Email not confirmed by the council</label>
<button type="submit">Continue</button></form></body></html>`, 'text/html; charset=utf-8');
  }
  const form = new URLSearchParams(await readBody(req));
  const email = (form.get('email') || '').trim();
  if (!email) return send(res, 400, 'email required');
  const accountId = form.get('unverified') === 'yes' ? `${email}#unverified` : email;
  return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/_test/setup' && req.method === 'POST') {
      const { redirect_uris: uris } = JSON.parse((await readBody(req)) || '{}');
      provider = makeProvider(issuer, uris);
      return send(res, 204, '');
    }
    if (url.pathname === '/_test/tamper' && req.method === 'POST') {
      tamper = JSON.parse((await readBody(req)) || '{}');
      return send(res, 204, '');
    }
    if (!provider) return send(res, 503, 'not set up yet: POST /_test/setup');
    if (url.pathname.startsWith('/interaction/')) return await interaction(req, res);
    return handler(provider)(req, res);
  } catch (e) {
    console.error(e);
    if (!res.headersSent) send(res, 500, 'test provider error');
  }
});

let issuer;
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  issuer = `http://127.0.0.1:${server.address().port}`;
  const uris = (process.env.REDIRECT_URIS || '').split(',').map((s) => s.trim()).filter(Boolean);
  if (uris.length) provider = makeProvider(issuer, uris);
  console.log(`issuer ${issuer}`);
});

// EXIT_WITH_STDIN=1: end when the parent (a test) closes our standard
// input, even if it dies without a signal.
if (process.env.EXIT_WITH_STDIN === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(0));
