// Sayso in a real browser: closing the loop. An officer on a laptop turns a
// theme of the Board report into a "You said, we did" action and publishes
// it; a young person on a 360 px phone with JavaScript off sees it; a board
// member signs in, reads the report and prints it (the print layout is
// screenshot and saved as an A4 PDF). Plus axe-core on the report.
// Run: SAYSO_URL=http://127.0.0.1:3200 SAYSO_BOARD=email:password node tests/browser/report.mjs
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
const WE_DID = `Every house now plans a trip each school holiday (${RUN})`;

const { test, run } = runner(launch());

test('an officer turns a theme of the report into a published action', async (t) => {
  const page = await t.page(DESKTOP);
  await signIn(page, BASE);
  await open(page, BASE, '/staff/report');
  const row = page.locator('section[aria-labelledby="report-theme"] tr', { hasText: 'Fun, hobbies and activities' });
  assert(await row.count() === 1, 'the themes table has no row for "Fun, hobbies and activities"');
  await submitBy(page, row.getByRole('link', { name: 'Make an action' }));
  assert(new URL(page.url()).pathname === '/staff/actions', `"Make an action" went to ${page.url()}`);
  assert(await page.locator('input[name=themes][value=fun]').isChecked(), 'the theme is not ticked on the new action');
  await page.locator('#you_said').fill('There is not enough to do in the holidays');
  await page.locator('#we_did').fill(WE_DID);
  await page.locator('#action-status').selectOption('done');
  await page.locator('input[name=published]').check();
  const r = await submitBy(page, page.getByRole('button', { name: 'Create action' }));
  assert(r.status() === 200, `creating the action answered HTTP ${r.status()}`);
  assert(/\/staff\/actions\/\d+/.test(new URL(page.url()).pathname), `creating went to ${page.url()}`);
});

test('a young person with JavaScript off sees the new action on a phone', async (t) => {
  const page = await t.page({ ...PHONE, javaScriptEnabled: false });
  await open(page, BASE, '/demo/you-said-we-did');
  const action = page.getByText(WE_DID);
  assert(await action.count() === 1, `"${WE_DID}" is not on /demo/you-said-we-did`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 360, `the page is ${width}px wide on a 360px phone`);
});

test('a board member reads the report, sees the action, and prints it on A4', async (t) => {
  await mkdir(shotsDir, { recursive: true });
  const page = await t.page(DESKTOP);
  const r = await signIn(page, BASE, BOARD);
  assert(r.status() === 200, `signing in as the board member answered HTTP ${r.status()}`);
  assert(new URL(page.url()).pathname === '/staff/report', `a board member landed on ${page.url()}`);
  assert(await page.locator('h1', { hasText: 'Board report' }).count() === 1, 'no "Board report" heading');
  assert(await page.locator('figure.chart-figure svg[role=img]').count() >= 4, 'fewer than 4 charts on the report');
  const log = page.locator('section[aria-labelledby="report-actions"]');
  assert(await log.getByText('There is not enough to do in the holidays').count() === 1, 'the new action is not in the action log');
  // Board members have no way into young people's messages.
  assert(await page.locator('a[href="/staff/queue"]').count() === 0, 'a board member is offered the queue');
  await page.screenshot({ path: path.join(shotsDir, 'board-report-1280.png'), fullPage: true });

  await page.emulateMedia({ media: 'print' });
  assert(!(await page.locator('header.top').isVisible()), 'the staff header is printed');
  assert(!(await page.locator('form.filters').isVisible()), 'the period form is printed');
  await page.screenshot({ path: path.join(shotsDir, 'board-report-print.png'), fullPage: true });
  const pdf = path.join(shotsDir, 'board-report.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const size = (await stat(pdf)).size;
  assert(size > 10_000, `the A4 PDF is only ${size} bytes`);
  t.note(`print layout screenshot and ${Math.round(size / 1024)} KB A4 PDF saved`);

  const phone = await t.page(PHONE);
  await signIn(phone, BASE, BOARD);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 360, `the report is ${width}px wide on a 360px phone`);
  await phone.screenshot({ path: path.join(shotsDir, 'board-report-360.png'), fullPage: true });
});

test('accessibility (axe, WCAG 2.2 AA): the Board report', async (t) => {
  const page = await t.page({ ...DESKTOP, bypassCSP: true });
  await signIn(page, BASE, BOARD);
  const { bad, minor } = await axeViolations(page);
  for (const v of minor) t.note(`(not failing) ${describeViolation(v)}`);
  assert(bad.length === 0, bad.map(describeViolation).join('\n'));
});

process.exit((await run()) ? 0 : 1);
