// Council sign-in in a real browser: a member of staff presses "Sign in
// with your council account", types their work email on the council's
// sign-in page (a real OpenID provider, tests/oidc/provider.mjs) and lands
// in Sayso, on a laptop with JavaScript on and on a phone with it off; a
// person with no Sayso account is sent back with a kind explanation.
// Plus axe-core and screenshots of the sign-in page and the refusal.
// Run: SAYSO_URL=http://127.0.0.1:3200 SAYSO_OIDC_ISSUER=http://127.0.0.1:PORT node tests/browser/council.mjs
// Needs a server with `sayso demo` whose council sign-in points at the provider.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_OFFICER, DESKTOP, PHONE, assert, axeViolations, baseUrl, describeViolation, launch, open, runner, submitBy,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shotsDir = path.join(path.resolve(here, '..', '..'), 'target', 'screenshots');
const BASE = baseUrl();
const ISSUER = (process.env.SAYSO_OIDC_ISSUER || '').replace(/\/+$/, '');
if (!ISSUER) {
  console.log('not ok - SAYSO_OIDC_ISSUER names the test provider');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const { test, run } = runner(launch());

/** From Sayso's sign-in page, through the council's page, with this email. */
async function throughCouncil(page, email) {
  await open(page, BASE, '/staff');
  const button = page.getByRole('link', { name: 'Sign in with your council account' });
  assert(await button.isVisible(), 'the sign-in page shows the council button');
  await submitBy(page, button);
  assert(page.url().startsWith(`${ISSUER}/interaction/`), `the button led to ${page.url()}, not the council's page`);
  await page.locator('input#email').fill(email);
  return submitBy(page, page.getByRole('button', { name: 'Continue' }));
}

for (const [who, options] of [
  ['an officer on a laptop', { ...DESKTOP }],
  ['an officer on a phone with JavaScript off', { ...PHONE, javaScriptEnabled: false }],
]) {
  test(`${who} signs in with their council account`, async (t) => {
    const page = await t.page(options);
    const r = await throughCouncil(page, DEMO_OFFICER.email);
    assert(r.status() === 200, `coming back answered HTTP ${r.status()}`);
    assert(new URL(page.url()).pathname === '/staff/queue', `signed in, but landed on ${page.url()}`);
    const h1 = (await page.locator('h1').first().innerText()).trim();
    assert(h1.length > 0, 'the queue has a heading');
    // Signed in for real: a staff-only page opens.
    await open(page, BASE, '/staff/alerts');
  });
}

test('someone without a Sayso account is told why, on Sayso\'s sign-in page', async (t) => {
  const page = await t.page({ ...PHONE, bypassCSP: true });
  const r = await throughCouncil(page, 'new.starter@demo.sayso.test');
  assert(r.status() === 403, `refusal answered HTTP ${r.status()}, expected 403`);
  assert(new URL(page.url()).origin === new URL(BASE).origin, `the refusal is shown by Sayso, not at ${page.url()}`);
  const alert = page.getByRole('alert');
  const text = await alert.innerText();
  assert(
    text.includes('There is no Sayso account for new.starter@demo.sayso.test'),
    `the refusal says which email has no account: "${text}"`,
  );
  assert(text.includes('Ask your Sayso administrator'), 'and what to do about it');
  // Not signed in: the queue sends them back to sign in.
  await page.goto(`${BASE}/staff/queue`);
  assert(new URL(page.url()).pathname === '/staff', `not signed in, but ${page.url()} opened`);
  const { bad } = await axeViolations(page);
  assert(bad.length === 0, `accessibility: ${bad.map(describeViolation).join('; ')}`);
});

test('the sign-in page with the council button passes axe and is photographed', async (t) => {
  await mkdir(shotsDir, { recursive: true });
  for (const [size, options] of [['360', PHONE], ['1280', DESKTOP]]) {
    const page = await t.page({ ...options, bypassCSP: true });
    await open(page, BASE, '/staff');
    const { bad } = await axeViolations(page);
    assert(bad.length === 0, `accessibility at ${size} px: ${bad.map(describeViolation).join('; ')}`);
    // The council button is reachable without scrolling on a phone.
    const box = await page.locator('#council-sign-in').boundingBox();
    assert(box && box.y + box.height <= options.viewport.height, `the council button is below the fold at ${size} px`);
    await page.screenshot({ path: path.join(shotsDir, `staff-sign-in-council-${size}.png`), fullPage: true });
    const refused = await t.page({ ...options });
    await throughCouncil(refused, 'new.starter@demo.sayso.test');
    await refused.screenshot({ path: path.join(shotsDir, `staff-sign-in-refused-${size}.png`), fullPage: true });
  }
});

process.exit((await run()) ? 0 : 1);
