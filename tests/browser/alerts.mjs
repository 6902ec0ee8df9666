// A six-year-old (age band 4-7) on a 360 px phone presses "I don't feel
// safe" and sends without typing a word; the safeguarding lead's alert
// arrives in the outbox. Run with the server's outbox folder:
//   SAYSO_URL=http://127.0.0.1:3200 SAYSO_OUTBOX_DIR=/path/to/outbox node tests/browser/alerts.mjs
// (scripts/test sets both.)

const { readdir, readFile } = await import('node:fs/promises');
const path = (await import('node:path')).default;
const { PHONE, assert, baseUrl, launch, open, runner, submitBy } = await import('./lib.mjs');

const BASE = baseUrl();
const OUTBOX = process.env.SAYSO_OUTBOX_DIR;
if (!OUTBOX) {
  console.error('SAYSO_OUTBOX_DIR is not set: point it at the running server\'s outbox folder');
  process.exit(2);
}
const LEAD = 'safeguarding@demo.sayso.test';

/** The .eml files addressed to `to`, by name. */
async function mailTo(to) {
  let names = [];
  try {
    names = (await readdir(OUTBOX)).filter((n) => n.endsWith('.eml')).sort();
  } catch { /* no email yet: no folder yet */ }
  const found = [];
  for (const name of names) {
    const text = await readFile(path.join(OUTBOX, name), 'utf8');
    if (/^To:.*$/m.test(text) && text.match(/^To:.*$/m)[0].includes(to)) found.push({ name, text });
  }
  return found;
}

const { test, run } = runner(launch());

for (const js of [true, false]) {
  test(`a six-year-old presses "I don't feel safe" and sends without typing (JavaScript ${js ? 'on' : 'off'}); the lead is alerted`, async (t) => {
    const before = new Set((await mailTo(LEAD)).map((m) => m.name));
    const page = await t.page({ ...PHONE, javaScriptEnabled: js });
    await open(page, BASE, '/demo/say/easy?age=4-7&who=me');
    await submitBy(page, page.locator('a.unsafe-button'));
    assert(new URL(page.url()).pathname === '/demo/help', `"I don't feel safe" went to ${page.url()}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 360, `the help page scrolls sideways at 360 px (${width} px)`);
    const typed = await page.locator('#help-form textarea#text').inputValue();
    assert(typed.trim() === '', 'the message box is not empty to start with');
    const send = page.locator('#help-form button[type=submit]');
    const box = await send.boundingBox();
    assert(box && box.width >= 44 && box.height >= 44, 'the send button is smaller than a finger (44 px)');
    const r = await submitBy(page, send);
    assert(r.status() === 200, `sending nothing answered HTTP ${r.status()}`);
    assert(await page.locator('.error-summary').count() === 0, 'an error for a message with no words');
    assert(await page.locator('a[href="tel:999"], a[href^="tel:0800"]').count() > 0, 'no number to call after sending');

    let fresh = [];
    for (let i = 0; i < 150 && fresh.length === 0; i += 1) {
      fresh = (await mailTo(LEAD)).filter((m) => !before.has(m.name));
      if (fresh.length === 0) await new Promise((res) => setTimeout(res, 200));
    }
    assert(fresh.length >= 1, `no alert email to ${LEAD} in ${OUTBOX} within 30 s`);
    const mail = fresh[fresh.length - 1].text;
    assert(/^Message-ID: <.+@.+>$/m.test(mail), 'the alert has no Message-ID');
    assert(/^MIME-Version: 1\.0$/m.test(mail), 'the alert has no MIME-Version');
    assert(/\/staff\/feedback\/\d+/.test(mail), 'the alert has no link to the message');
  }, { timeout: 90_000 });
}

process.exit((await run()) ? 0 : 1);
