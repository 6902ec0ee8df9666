// Every child can use it, in Chromium at 360 px: every language (right to
// left included) with axe, easy read with JavaScript off, the quick exit
// (a tap and Shift three times, with nothing to go Back to), read aloud in
// the page's language, and the offline journey (no signal, write, send,
// signal back, the message arrives once and the reply code is shown).
// Run: SAYSO_URL=http://127.0.0.1:3200 node tests/browser/child.mjs

// Playwright must see the service worker's own requests to take them
// offline too (context.setOffline alone does not reach a service worker).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const { mkdir } = await import('node:fs/promises');
const path = (await import('node:path')).default;
const { fileURLToPath } = await import('node:url');
const {
  DESKTOP, PHONE, assert, axeViolations, baseUrl, describeViolation, launch, open, replyCodeOn, runner,
  submitBy, wasmBundle, waitForHydration,
} = await import('./lib.mjs');

const here = path.dirname(fileURLToPath(import.meta.url));
const shotsDir = path.resolve(here, '..', '..', 'target', 'screenshots');
await mkdir(shotsDir, { recursive: true });
const BASE = baseUrl();
const HAS_WASM = (await wasmBundle(BASE)).served;
const JS_OFF = { ...PHONE, javaScriptEnabled: false };
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const LANGUAGES = [
  ['en', 'ltr'], ['cy', 'ltr'], ['ar', 'rtl'], ['fa', 'rtl'], ['ps', 'rtl'],
  ['ckb', 'rtl'], ['ti', 'ltr'], ['vi', 'ltr'], ['sq', 'ltr'],
];
const shot = (page, name) => page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });

/** The neutral site, answered locally: the tests never leave this machine. */
async function stubNeutralSite(context) {
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({
    status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
  }));
}

const { test, run } = runner(launch());

for (const [code, dir] of LANGUAGES) {
  test(`${code}: the say-it and help pages at 360 px, ${dir}, pass axe and mirror`, async (t) => {
    for (const where of ['say?age=12-17', 'help', 'say/easy?age=4-7&who=me']) {
      const page = await t.page({ ...PHONE, bypassCSP: true });
      await open(page, BASE, `/demo/${where}${where.includes('?') ? '&' : '?'}lang=${code}`);
      const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      assert(html[0] === code && html[1] === dir, `<html lang dir> is ${html.join(' ')} on ${where}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 360, `${where} scrolls sideways (${width} px)`);
      // Right to left really mirrors: the council's name sits on the right,
      // "I don't feel safe" on the left; left to right the other way round.
      const brand = await page.locator('.brand').boundingBox();
      const help = await page.locator('.unsafe-button').boundingBox();
      assert((dir === 'rtl') === (brand.x > help.x), `${where}: the header does not read ${dir}`);
      const { bad } = await axeViolations(page);
      assert(bad.length === 0, `${where}:\n${bad.map(describeViolation).join('\n')}`);
      await shot(page, `lang-${code}-${where.split('?')[0].replace('/', '-')}-360`);
    }
  });
}

test('the language picker works with JavaScript off and names each language in its own script', async (t) => {
  const page = await t.page(JS_OFF);
  await open(page, BASE, '/demo/say?age=8-11');
  await page.locator('.lang-picker summary').click();
  await shot(page, 'lang-picker-open-360');
  await submitBy(page, page.locator('.lang-picker a[lang="fa"]'));
  const url = new URL(page.url());
  assert(url.pathname === '/demo/say' && url.searchParams.get('age') === '8-11', `the picker went to ${page.url()}`);
  assert((await page.getAttribute('html', 'dir')) === 'rtl', 'Persian is not right to left');
  // Remembered: the next page needs no ?lang=.
  await submitBy(page, page.locator('a.unsafe-button'));
  assert((await page.getAttribute('html', 'lang')) === 'fa', 'the choice was not remembered');
  const name = await page.locator('.lang-picker a[lang="ti"]').textContent();
  assert(name.trim() === 'ትግርኛ', `Tigrinya is named "${name}"`);
});

test('easy read with JavaScript off: pictures only, a grown-up helping, Back keeps answers', async (t) => {
  const page = await t.page(JS_OFF);
  await open(page, BASE, '/demo/say');
  await submitBy(page, page.locator('a[href^="/demo/say/easy?age=4-7"]'));
  await shot(page, 'easy-1-who-360');
  await submitBy(page, page.locator('button.picture[name="who"][value="helper"]'));
  await shot(page, 'easy-2-kind-360');
  await submitBy(page, page.locator('button.picture[name="kind"][value="good_news"]'));
  await page.locator('label.picture', { has: page.locator('input[value="fun"]') }).click();
  await shot(page, 'easy-3-themes-360');
  await submitBy(page, page.locator('button.next'));
  await shot(page, 'easy-4-mood-360');
  await submitBy(page, page.locator('button.picture[name="mood"][value="5"]'));
  await shot(page, 'easy-5-send-360');
  // The browser's Back shows the faces again; forward again loses nothing.
  await page.goBack();
  assert(await page.locator('button.picture[name="mood"]').count() === 5, 'Back did not show the faces');
  await page.goForward();
  assert(await page.locator('.easy-summary').innerText().then((s) => s.includes('Fun')), 'the chosen theme was lost');
  const r = await submitBy(page, page.locator('#say-form button[type=submit]'));
  assert(r.status() === 200, `sending answered HTTP ${r.status()}`);
  await replyCodeOn(page);
  await shot(page, 'easy-6-thanks-360');
});

test('easy read at laptop width, in Arabic', async (t) => {
  const page = await t.page(DESKTOP);
  await open(page, BASE, '/demo/say/easy?age=4-7&who=me&kind=worry&lang=ar');
  await shot(page, 'easy-themes-ar-1280');
  await open(page, BASE, '/demo/say/easy?age=4-7&who=me&kind=worry&themes_done=1&mood=1&lang=ar');
  await shot(page, 'easy-send-ar-1280');
});

async function exitJourney(t, how) {
  const context = await (await t.page(PHONE)).context();
  await stubNeutralSite(context);
  const page = await context.newPage();
  await open(page, BASE, '/demo');
  await submitBy(page, page.locator('a.big-choice.help'));
  await page.locator('#help-form textarea#text').fill('Something happened');
  if (how === 'tap') {
    await page.locator('a.exit-page').tap();
  } else {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  }
  await page.waitForURL((u) => u.href.startsWith(NEUTRAL), { timeout: 5_000 });
  // Back must not show a Sayso page: at most it passes through and leaves again.
  await page.goBack().catch(() => {});
  await page.waitForTimeout(500);
  await page.waitForURL((u) => !u.href.startsWith(BASE), { timeout: 5_000 }).catch(() => {});
  assert(!page.url().startsWith(BASE), `Back after the quick exit (${how}) returned to ${page.url()}`);
  const sayso = await page.locator('text=Help is here').count();
  assert(sayso === 0, 'Sayso is on screen after Back');
}

test('quick exit: one tap leaves, and Back does not return', (t) => exitJourney(t, 'tap'));
test('quick exit: Shift three times leaves, and Back does not return', (t) => exitJourney(t, 'shift'));

test('quick exit: typing capitals is not three Shifts, and with JavaScript off it is a plain link', async (t) => {
  const page = await t.page(PHONE);
  await stubNeutralSite(page.context());
  await open(page, BASE, '/demo/say?age=12-17');
  await page.locator('textarea#text').pressSequentially('I Am Ok');
  await page.waitForTimeout(300);
  assert(page.url().startsWith(BASE), 'typing with Shift left the page');
  const off = await t.page(JS_OFF);
  await stubNeutralSite(off.context());
  await open(off, BASE, '/demo/reply');
  const exit = off.locator('a.exit-page');
  assert((await exit.getAttribute('rel')) === 'noreferrer', 'the exit link sends a referrer');
  const box = await exit.boundingBox();
  assert(box && box.height >= 44 && box.x + box.width <= 360, 'the exit link is not a full tap target on screen');
  await submitBy(off, exit);
  assert(off.url().startsWith(NEUTRAL), `the exit link went to ${off.url()}`);
});

test('read aloud picks a voice for the page\'s language, and says so when the phone has none', async (t) => {
  if (!HAS_WASM) {
    t.note('skipped: no WebAssembly bundle is served, so Read aloud never appears');
    return;
  }
  const page = await t.page(PHONE);
  // A phone with an English voice only; what is spoken is recorded.
  await page.addInitScript(() => {
    window.__spoken = [];
    const voice = { lang: 'en-GB', name: 'Test English', default: true, localService: true, voiceURI: 'test' };
    Object.setPrototypeOf(voice, SpeechSynthesisVoice.prototype);
    speechSynthesis.getVoices = () => [voice];
    speechSynthesis.speak = (u) => window.__spoken.push({ lang: u.lang, text: u.text });
  });
  await open(page, BASE, '/demo?lang=ti');
  await waitForHydration(page);
  await page.locator('button.read-aloud').first().click();
  const note = page.locator('.no-voice').first();
  await note.waitFor({ state: 'visible', timeout: 5_000 });
  assert((await note.innerText()).includes('ድምጺ'), 'the note is not in Tigrinya');
  assert((await page.evaluate(() => window.__spoken.length)) === 0, 'Tigrinya was read in an English voice');
  await open(page, BASE, '/demo?lang=en');
  await waitForHydration(page);
  await page.locator('button.read-aloud').first().click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert(spoken.length === 1 && spoken[0].lang === 'en-GB', `English was not read: ${JSON.stringify(spoken)}`);
  assert(!/[\u{1F300}-\u{1FAFF}]/u.test(spoken[0].text), 'pictures were read out as words');
});

test('no signal: help opens, a message is kept on the phone, and is sent once when the signal returns', async (t) => {
  const first = await t.page({ ...PHONE, serviceWorkers: 'allow' });
  const context = first.context();
  // One visit: the service worker keeps the help and say-it pages.
  await open(first, BASE, '/demo');
  await first.evaluate(() => navigator.serviceWorker.ready);
  const kept = async () => first.evaluate(async () => {
    const names = await caches.keys();
    const out = [];
    let bytes = 0;
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const r = await cache.match(request);
        bytes += (await r.clone().arrayBuffer()).byteLength;
        out.push(new URL(request.url, location.href).pathname + new URL(request.url, location.href).search);
      }
    }
    return { out, bytes };
  });
  let cached = { out: [], bytes: 0 };
  // The pages and what they need to work: page.js keeps a message on the phone.
  const needed = ['/demo/help', '/demo/say?age=12-17', '/page.js'];
  const allKept = () => needed.every((path) => cached.out.includes(path)) && cached.out.some((path) => path.endsWith('.css'));
  for (let i = 0; i < 300 && !allKept(); i += 1) {
    await first.waitForTimeout(100);
    cached = await kept();
  }
  assert(allKept(), `not kept: ${cached.out.join(', ')}`);
  t.note(`the service worker keeps ${cached.out.length} files, ${(cached.bytes / 1000).toFixed(1)} KB`);
  assert(cached.bytes < 300_000, `the service worker keeps ${cached.bytes} bytes, over the 300 KB budget`);

  // The signal drops (the service worker's own requests too).
  const dropWorker = (route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback());
  await context.setOffline(true);
  await context.route('**', dropWorker);
  const page = await context.newPage();
  await page.goto(`${BASE}/demo/help`);
  assert(await page.locator('a[href="tel:999"]').isVisible(), 'the help page does not open with no signal');
  assert(await page.locator('#offline-saved-page').isVisible(), 'the page does not say it was saved on the phone');
  await shot(page, 'offline-help-360');
  await page.goto(`${BASE}/demo/say?age=12-17`);
  const words = `No signal at the bus stop ${Date.now()}`;
  await page.locator('label.choice', { has: page.locator('input[name="kind"][value="idea"]') }).click();
  await page.locator('textarea#text').fill(words);
  await page.locator('#say-form button[type=submit]').click();
  const notice = page.locator('#offline-kept');
  await notice.waitFor({ state: 'visible', timeout: 5_000 });
  assert((await notice.innerText()).includes('kept on this phone'), 'the child is not told it is kept and not sent');
  assert((await page.locator('textarea#text').inputValue()) === '', 'the form still holds the kept words');
  await shot(page, 'offline-kept-360');

  // The signal returns: it is sent, once, and the reply code is shown.
  await context.unroute('**', dropWorker);
  await context.setOffline(false);
  const sent = page.locator('#offline-sent');
  await sent.waitFor({ state: 'visible', timeout: 15_000 });
  const code = (await sent.locator('.code').innerText()).trim();
  assert(/^[a-z]+-[a-z]+-[a-z]+$/.test(code), `no reply code shown: "${code}"`);
  await shot(page, 'offline-sent-360');
  // Another visit sends nothing twice, and the code is forgotten when the child says so.
  await page.reload();
  await page.locator('#offline-sent-done').click();
  await page.reload();
  assert(await page.locator('#offline-sent').isHidden(), 'the reply code stays on a shared phone');
  const reply = await fetch(`${BASE}/api/v1/orgs/demo/replies/${code}`);
  assert(reply.status === 200, `the reply code ${code} does not find the message (HTTP ${reply.status})`);
  const session = await fetch(`${BASE}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'officer@demo.sayso.test', password: 'demo-officer-password' }),
  });
  const cookie = session.headers.get('set-cookie').split(';')[0];
  const list = await (await fetch(`${BASE}/api/v1/orgs/demo/feedback`, { headers: { cookie } })).json();
  const copies = list.items.filter((i) => i.text === words).length;
  assert(copies === 1, `the message was stored ${copies} times`);
  const left = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('sayso', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('waiting', 'readonly');
      const all = tx.objectStore('waiting').getAll();
      all.onsuccess = () => resolve(all.result.length);
    };
  }));
  assert(left === 0, `${left} messages are still kept on the phone after sending`);
});

process.exit((await run()) ? 0 : 1);
