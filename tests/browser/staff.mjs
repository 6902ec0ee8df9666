// Sayso in a real browser, staff side: an officer on a laptop (JavaScript on)
// works a young person's message from the queue to a reply, signs in with a
// wrong password, and acknowledges a safeguarding alert; the young person's
// steps run on a 360 px phone with JavaScript off. Plus axe-core and
// screenshots of the staff pages.
// Run: SAYSO_URL=http://127.0.0.1:3200 node tests/browser/staff.mjs
// Needs a fresh database with `sayso demo` (its demo officer) and nothing else.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_OFFICER, DESKTOP, PHONE, assert, axeViolations, baseUrl, choose, describeViolation, launch, open,
  replyCodeOn, runner, sendSay, signIn, submitBy,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const shotsDir = path.join(repoRoot, 'target', 'screenshots');

const BASE = baseUrl();
/** The young person: a phone, JavaScript off. */
const CHILD = { ...PHONE, javaScriptEnabled: false };
/** The officer: a laptop, JavaScript on. */
const OFFICER = { ...DESKTOP };

// Is the server there at all? Without it every test would fail the same way.
try {
  const r = await fetch(`${BASE}/staff`);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
} catch (e) {
  console.log(`not ok - the server at ${BASE} serves /staff: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** A word no other message holds, so each run finds its own rows. */
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let serial = 0;
const unique = () => `ref ${RUN}${(serial += 1)}`;

const { test, run } = runner(launch());

/** The young person sends a message from the say form (phone, JavaScript off); returns the reply code. */
async function childSays(t, fields) {
  const page = await t.page(CHILD);
  await open(page, BASE, '/demo/say?age=12-17');
  const r = await sendSay(page, fields);
  assert(r.status() === 200, `sending "${fields.text}" answered HTTP ${r.status()}`);
  return replyCodeOn(page);
}

/** The officer signs in on a fresh page and lands on the queue. */
async function officerSignsIn(t, options = OFFICER) {
  const page = await t.page(options);
  const r = await signIn(page, BASE, DEMO_OFFICER);
  assert(r.status() === 200, `signing in as the demo officer answered HTTP ${r.status()}`);
  assert(new URL(page.url()).pathname === '/staff/queue', `signing in went to ${page.url()}, not /staff/queue`);
  return page;
}

/** The one queue row holding `phrase`, and the id of the item it links to. */
async function queueRow(page, phrase) {
  const row = page.locator('ul.queue li.queue-row', { hasText: phrase });
  const n = await row.count();
  assert(n === 1, `${n} rows in ul.queue hold "${phrase}", expected 1`);
  const link = row.locator('a[href^="/staff/feedback/"]');
  assert(await link.count() === 1, `the queue row with "${phrase}" has no single a[href^="/staff/feedback/"]`);
  const href = await link.getAttribute('href');
  const id = Number(href.split('/').pop());
  assert(Number.isInteger(id) && id > 0, `the queue row links to "${href}"`);
  return { row, link, id };
}

/** Click a button on the item page and insist the page comes back saying "Saved.". */
async function saveOnItem(page, id, button) {
  const r = await submitBy(page, page.getByRole('button', { name: button, exact: true }));
  assert(r.status() === 200, `"${button}" answered HTTP ${r.status()}`);
  const where = new URL(page.url()).pathname;
  assert(where === `/staff/feedback/${id}`, `"${button}" came back to ${where}, not /staff/feedback/${id}`);
  const saved = page.locator('p.note[role=status]');
  assert(await saved.count() === 1 && await saved.isVisible(), `no p.note[role=status] after "${button}"`);
  const said = (await saved.innerText()).trim();
  assert(said === 'Saved.', `after "${button}" p.note[role=status] says "${said}", expected "Saved."`);
}

// The checks that only look at pages share one sign-in (sign-ins are
// rate limited per address): its cookies, taken once.
let session;
async function signedIn(t, options = OFFICER) {
  session ??= (async () => {
    const page = await officerSignsIn(t);
    const state = await page.context().storageState();
    await page.close();
    return state;
  })();
  const page = await t.page({ ...options, storageState: await session });
  await open(page, BASE, '/staff/queue');
  assert(new URL(page.url()).pathname === '/staff/queue', `the shared sign-in did not hold: /staff/queue went to ${page.url()}`);
  return page;
}

// One urgent item for the accessibility checks and screenshots, made once.
let sample;
function sampleUrgentItem(t) {
  sample ??= (async () => {
    const text = `my dad hits me ${unique()}`;
    await childSays(t, { kind: 'worry', theme: null, mood: '1', text });
    const page = await signedIn(t);
    const { id } = await queueRow(page, text);
    await page.close();
    return id;
  })();
  return sample;
}

test('an officer works an item from the queue to replied and the young person sees the reply', async (t) => {
  const phrase = `Could we have a film club on Sunday afternoons at the house? ${unique()}`;
  const note = `Internal: asked the house manager about Sunday rotas ${unique()}`;
  const reply = `Thank you for the idea. We will start a film club on Sundays next month. ${unique()}`;

  const code = await childSays(t, { kind: 'idea', theme: 'fun', mood: '4', text: phrase });

  const page = await officerSignsIn(t);
  await page.locator('h1', { hasText: 'Feedback queue' }).waitFor();
  const { link, id } = await queueRow(page, phrase);
  await submitBy(page, link);
  assert(new URL(page.url()).pathname === `/staff/feedback/${id}`, `the queue row opened ${page.url()}`);
  const words = (await page.locator('blockquote.words').innerText()).trim();
  assert(words === phrase, `blockquote.words holds "${words}", not the young person's words`);
  for (const form of await page.locator('main form[method=post]').all()) {
    const csrf = form.locator('input[type=hidden][name=csrf]');
    assert(await csrf.count() === 1 && (await csrf.inputValue()).length > 0, 'a form on the item page has no csrf value');
  }

  // A theme: tick it by its label, save, and it stays ticked.
  await choose(page, 'choice', 'themes', 'where-i-live');
  await saveOnItem(page, id, 'Save themes');
  assert(await page.locator('input[name="themes"][value="where-i-live"]').isChecked(), 'the theme ticked was not kept after "Save themes"');
  assert(await page.locator('input[name="themes"][value="fun"]').isChecked(), 'the theme the young person chose was lost after "Save themes"');

  // An internal note.
  await page.locator('textarea#note').fill(note);
  await saveOnItem(page, id, 'Add note');
  assert(await page.locator('main').getByText(note).count() === 1, 'the note is not shown on the item page after "Add note"');

  // The reply; the status follows.
  await page.locator('textarea#reply').fill(reply);
  await saveOnItem(page, id, 'Send reply');
  assert(await page.locator('main .replies .reply-text', { hasText: reply }).count() === 1, 'the reply is not listed on the item page after "Send reply"');
  const status = await page.locator('select#status').inputValue();
  assert(status === 'replied', `after "Send reply" select#status is "${status}", expected "replied"`);
  await open(page, BASE, '/staff/queue?status=replied');
  await queueRow(page, phrase);

  // The young person, JavaScript off, with the code.
  const child = await t.page(CHILD);
  await open(child, BASE, '/demo/reply');
  await child.locator('input#code').fill(code);
  const checked = await submitBy(child, child.locator('#reply-form button[type=submit]'));
  assert(checked.status() === 200, `checking the reply answered HTTP ${checked.status()}`);
  const seen = child.locator('[data-status]');
  await seen.waitFor({ state: 'visible', timeout: 5_000 });
  const value = await seen.getAttribute('data-status');
  assert(value === 'replied', `the young person sees data-status="${value}", expected "replied"`);
  const texts = (await child.locator('.replies li .reply-text').allInnerTexts()).map((s) => s.trim());
  assert(texts.includes(reply), `the young person's .replies li .reply-text show ${JSON.stringify(texts)}, not the reply`);
  const html = await child.content();
  assert(!html.includes(note) && !html.includes('house manager'), 'the internal note is on the young person\'s reply page');
});

test('a wrong password keeps the email and says so kindly', async (t) => {
  const page = await t.page(OFFICER);
  const r = await signIn(page, BASE, { email: DEMO_OFFICER.email, password: 'not-the-password' });
  assert(r.status() === 401, `a wrong password answered HTTP ${r.status()}, expected 401`);
  const summary = page.locator('.error-summary');
  assert(await summary.count() === 1 && await summary.isVisible(), 'no .error-summary after a wrong password');
  assert((await summary.getAttribute('role')) === 'alert', '.error-summary does not have role=alert');
  const said = (await summary.innerText()).replace(/\s+/g, ' ').trim();
  assert(/try again/i.test(said), `the message does not say what to do next: "${said}"`);
  assert(!/invalid|error|fail|denied|unauthori[sz]ed|401|incorrect/i.test(said), `the message is not kind: "${said}"`);
  assert(!/no (such )?(user|account)|not found|unknown/i.test(said), `the message says which of email and password was wrong: "${said}"`);
  const email = await page.locator('#login-form input#email').inputValue();
  assert(email === DEMO_OFFICER.email, `input#email holds "${email}" instead of the email typed`);
  const password = await page.locator('#login-form input#password').inputValue();
  assert(password === '', 'the wrong password is sent back in input#password');

  // With the email still there, only the password needs typing again.
  await page.locator('#login-form input#password').fill(DEMO_OFFICER.password);
  const again = await submitBy(page, page.locator('#login-form button[type=submit]'));
  assert(again.status() === 200, `signing in again answered HTTP ${again.status()}`);
  assert(new URL(page.url()).pathname === '/staff/queue', `signing in again went to ${page.url()}`);
});

test('an urgent message raises an alert at the top of the queue and a lead can acknowledge it', async (t) => {
  const text = `my dad hits me ${unique()}`;
  await childSays(t, { kind: 'worry', theme: null, mood: '1', text });

  const page = await officerSignsIn(t);
  const banner = page.locator('.alert-banner');
  assert(await banner.count() === 1 && await banner.isVisible(), 'no .alert-banner on the queue with a safeguarding alert waiting');
  const order = await page.evaluate(() => {
    const b = document.querySelector('.alert-banner');
    const h1 = document.querySelector('main h1');
    return { first: !!(b && h1 && (b.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING)), top: b.getBoundingClientRect().top };
  });
  assert(order.first, '.alert-banner does not come before the queue\'s h1');
  assert(order.top >= 0 && order.top < 300, `.alert-banner starts ${Math.round(order.top)} px down the page, not at the top`);
  const { row, id } = await queueRow(page, text);
  assert(await row.evaluate((li) => li.classList.contains('urgent')), `the row for "${text}" is not li.queue-row.urgent`);
  const classes = await page.locator('ul.queue li.queue-row').evaluateAll((lis) => lis.map((li) => li.classList.contains('urgent')));
  assert(classes.indexOf(false) === -1 || classes.lastIndexOf(true) < classes.indexOf(false), 'an urgent row comes after a row that is not urgent');

  await submitBy(page, banner.locator('a[href="/staff/alerts"]'));
  assert(new URL(page.url()).pathname === '/staff/alerts', `the banner went to ${page.url()}`);
  const alertFor = () => page.locator('li.panel.alert', { has: page.locator(`a[href="/staff/feedback/${id}"]`) });
  assert(await alertFor().count() === 1, `no li.panel.alert links to /staff/feedback/${id}`);

  // Empty: the browser would stop it, so take `required` off to see the server's answer.
  const box = alertFor().getByLabel(/What did you do\?/);
  assert(await box.count() === 1, 'the alert has no textarea labelled "What did you do?"');
  await box.evaluate((el) => el.removeAttribute('required'));
  const empty = await submitBy(page, alertFor().getByRole('button', { name: 'Acknowledge' }));
  assert(empty.status() === 422, `acknowledging with nothing written answered HTTP ${empty.status()}, expected 422`);
  const summary = page.locator('.error-summary');
  assert(await summary.count() === 1 && await summary.isVisible(), 'no .error-summary after acknowledging with nothing written');
  assert((await summary.getAttribute('role')) === 'alert', '.error-summary does not have role=alert');
  assert(await alertFor().count() === 1, 'the alert left /staff/alerts although nothing was written');

  await alertFor().getByLabel(/What did you do\?/).fill('Phoned the young person\'s social worker and the duty team; a home visit is booked today.');
  const done = await submitBy(page, alertFor().getByRole('button', { name: 'Acknowledge' }));
  assert(done.status() === 200, `acknowledging answered HTTP ${done.status()}`);
  assert(new URL(page.url()).pathname === '/staff/alerts', `acknowledging went to ${page.url()}`);
  assert(await page.locator('.error-summary').count() === 0, 'an .error-summary is shown after acknowledging with text');
  assert(await alertFor().count() === 0, `the alert for /staff/feedback/${id} is still on /staff/alerts after acknowledging`);
});

const AXE_PAGES = [
  ['/staff (sign in)', async (t) => {
    const page = await t.page({ ...OFFICER, bypassCSP: true });
    await open(page, BASE, '/staff');
    return page;
  }],
  ['/staff/queue', async (t) => {
    await sampleUrgentItem(t);
    const page = await signedIn(t, { ...OFFICER, bypassCSP: true });
    return page;
  }],
  ['an item page', async (t) => {
    const id = await sampleUrgentItem(t);
    const page = await signedIn(t, { ...OFFICER, bypassCSP: true });
    await open(page, BASE, `/staff/feedback/${id}`);
    return page;
  }],
  ['/staff/alerts', async (t) => {
    await sampleUrgentItem(t);
    const page = await signedIn(t, { ...OFFICER, bypassCSP: true });
    await open(page, BASE, '/staff/alerts');
    assert(await page.locator('li.panel.alert').count() > 0, 'no li.panel.alert to check on /staff/alerts');
    return page;
  }],
];

for (const [what, reach] of AXE_PAGES) {
  test(`accessibility (axe, WCAG 2.2 AA): ${what}`, async (t) => {
    const page = await reach(t);
    const { bad, minor } = await axeViolations(page);
    for (const v of minor) t.note(`(not failing) ${describeViolation(v)}`);
    assert(bad.length === 0, bad.map(describeViolation).join('\n'));
  });
}

for (const [size, options] of [['1280', OFFICER], ['360', { ...PHONE }]]) {
  test(`staff screenshots at ${options.viewport.width} x ${options.viewport.height}`, async (t) => {
    await mkdir(shotsDir, { recursive: true });
    const id = await sampleUrgentItem(t);
    const page = await signedIn(t, options);
    for (const [name, where] of [['staff-queue', '/staff/queue'], ['staff-item', `/staff/feedback/${id}`], ['staff-alerts', '/staff/alerts']]) {
      await open(page, BASE, where);
      await page.screenshot({ path: path.join(shotsDir, `${name}-${size}.png`), fullPage: true });
    }
    t.note(`saved 3 screenshots to ${path.relative(process.cwd(), shotsDir) || '.'}`);
  });
}

process.exit((await run()) ? 0 : 1);
