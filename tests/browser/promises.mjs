// Promises kept, in a real browser: "Our promises to you" on a 360 px phone
// with JavaScript off and with axe; an officer records a Children in Care
// Council meeting tied to a promise; a board member sees it counted in the
// report, with the promise's actions, and the printed pack opens with its
// one-page summary (saved as an A4 PDF and screenshots).
// Run: SAYSO_URL=http://127.0.0.1:3200 SAYSO_BOARD=email:password node tests/browser/promises.mjs
// Needs `sayso demo` and a board member of `demo` (scripts/test adds one).
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DESKTOP, PHONE, assert, axeViolations, baseUrl, describeViolation, launch, open, runner, signIn, submitBy,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shotsDir = path.join(here, '..', '..', 'target', 'screenshots');
const BASE = baseUrl();
const [boardEmail, boardPassword] = (process.env.SAYSO_BOARD || 'board@demo.sayso.test:demo-board-password').split(':');
const BOARD = { email: boardEmail, password: boardPassword };
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const today = new Date().toISOString().slice(0, 10);

const { test, run } = runner(launch());

test('"Our promises to you" at 360 px with JavaScript off: every promise and what was done', async (t) => {
  await mkdir(shotsDir, { recursive: true });
  const page = await t.page({ ...PHONE, javaScriptEnabled: false });
  const r = await open(page, BASE, '/demo/promises');
  assert(r.status() === 200, `/demo/promises answered HTTP ${r.status()}`);
  assert(await page.locator('h1', { hasText: 'Our promises to you' }).count() === 1, 'no heading');
  assert(await page.locator('li.promise').count() >= 5, 'fewer than 5 promises');
  const listen = page.locator('#promise-listen');
  assert(await listen.getByText('New workers now read your plan').count() === 1, 'the action under "listen" is missing');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 360, `the page is ${width}px wide on a 360px phone`);
  await page.screenshot({ path: path.join(shotsDir, 'promises-360.png'), fullPage: true });
  // Reached from the home page.
  await open(page, BASE, '/demo');
  await submitBy(page, page.locator('a[href="/demo/promises"]'));
  assert(new URL(page.url()).pathname === '/demo/promises', `the home link went to ${page.url()}`);
});

test('accessibility (axe, WCAG 2.2 AA): "Our promises to you" at 360 px, and for 4-7s', async (t) => {
  for (const where of ['/demo/promises', '/demo/promises?age=4-7']) {
    const page = await t.page({ ...PHONE, bypassCSP: true });
    await open(page, BASE, where);
    const { bad, minor } = await axeViolations(page);
    for (const v of minor) t.note(`(not failing) ${describeViolation(v)}`);
    assert(bad.length === 0, `${where}:\n${bad.map(describeViolation).join('\n')}`);
  }
});

test('an officer records a Children in Care Council meeting tied to a promise', async (t) => {
  const page = await t.page({ ...DESKTOP, bypassCSP: true });
  await signIn(page, BASE);
  await open(page, BASE, '/staff/group-feedback');
  await page.locator('#occasion').fill(`Children in Care Council (${RUN})`);
  await page.locator('#held_on').fill(today);
  await page.locator('#participants').fill('9');
  await page.locator('input[name=age_bands][value="12-17"]').check();
  await page.locator('#text').fill('We want to meet the new director. Call Jo on 07700 900456.');
  await page.locator('input[name=promises][value=listen]').check();
  const r = await submitBy(page, page.getByRole('button', { name: 'Save' }));
  assert(r.status() === 200, `saving answered HTTP ${r.status()}`);
  assert(await page.getByText('Saved. Thank you.').count() === 1, 'no "Saved" message');
  assert(await page.getByText(`Children in Care Council (${RUN})`).count() === 1, 'not in the recent list');
  const { bad } = await axeViolations(page);
  assert(bad.length === 0, bad.map(describeViolation).join('\n'));
});

test('a board member sees the meeting counted, the promise\'s actions, and a one-page summary in print', async (t) => {
  await mkdir(shotsDir, { recursive: true });
  const page = await t.page(DESKTOP);
  const r = await signIn(page, BASE, BOARD);
  assert(r.status() === 200, `signing in as the board member answered HTTP ${r.status()}`);
  await open(page, BASE, '/staff/report');
  const groups = page.locator('#group-sessions');
  const participants = groups.locator('tr', { hasText: 'Young people who took part' }).locator('td').first();
  const n = Number((await participants.textContent()).trim());
  assert(n >= 9, `the meeting's 9 young people are not counted (${await participants.textContent()})`);
  assert(await page.getByText('07700 900456').count() === 0, 'the group\'s words reached the board');
  const listen = page.locator('#report-promise-listen');
  assert(await listen.count() === 1, 'no "listen" promise in the report');
  assert(await listen.getByText('Changing social worker').count() === 1, 'the promise\'s action is not listed');
  assert(await page.locator('#summary').count() === 1, 'no summary');
  assert(await page.locator('#report-comparison').count() === 1, 'the report does not say how periods compare');

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shotsDir, 'board-pack-print.png'), fullPage: true });
  const summary = await page.locator('#summary').boundingBox();
  // A4 at 96 dpi is 1123 px tall; 15 mm margins leave about 1010 px.
  assert(summary.height < 1010, `the summary is ${Math.round(summary.height)} px tall: more than one A4 page`);
  await page.locator('#summary').screenshot({ path: path.join(shotsDir, 'board-pack-summary.png') });
  const pdf = path.join(shotsDir, 'board-pack.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const size = (await stat(pdf)).size;
  assert(size > 10_000, `the A4 PDF is only ${size} bytes`);
  t.note(`board pack: summary ${Math.round(summary.height)} px tall; ${Math.round(size / 1024)} KB A4 PDF saved`);
  await page.emulateMedia({ media: 'screen' });
  const { bad } = await axeViolations(await (async () => {
    const p = await t.page({ ...DESKTOP, bypassCSP: true });
    await signIn(p, BASE, BOARD);
    await open(p, BASE, '/staff/report');
    return p;
  })());
  assert(bad.length === 0, bad.map(describeViolation).join('\n'));
});

process.exit((await run()) ? 0 : 1);
