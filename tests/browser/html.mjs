// Every page Sayso serves is valid HTML, as the Nu HTML Checker (vnu-jar,
// the W3C's checker) reads it: the server's own bytes, not the browser's
// tidied DOM. A child's pages (including the answers to posted forms) and,
// signed in, every staff page reachable by links from the queue.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { launch, runner, baseUrl, pageStates, signIn, open, assert } from './lib.mjs';

const base = baseUrl();
const { test, run } = runner(launch());
const vnu = createRequire(import.meta.url)('vnu-jar');

/** Keeps the body of every document the page loads (GET and POST). */
function recordDocuments(page, into) {
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'document' || r.frame() !== page.mainFrame()) return;
    const type = r.headers()['content-type'] || '';
    if (!type.includes('text/html') || r.status() >= 300 && r.status() < 400) return;
    try {
      into.set(`${r.request().method()} ${r.url()}`, await r.text());
    } catch { /* a page left before it was read */ }
  });
}

/** Follows same-site links under `prefix`, breadth first, up to `max` pages. */
async function crawl(page, start, prefix, max, skip) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length && seen.size <= max) {
    const path = queue.shift();
    await open(page, base, path);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of links) {
      const url = new URL(href, base + path);
      if (url.origin !== new URL(base).origin) continue;
      const p = url.pathname + url.search;
      if (!url.pathname.startsWith(prefix) || seen.has(p) || skip.test(p)) continue;
      seen.add(p);
      queue.push(p);
    }
  }
  return seen.size;
}

function check(documents) {
  const dir = mkdtempSync(join(tmpdir(), 'sayso-html-'));
  const names = new Map();
  let n = 0;
  for (const [what, body] of documents) {
    const file = join(dir, `${String(n++).padStart(3, '0')}.html`);
    writeFileSync(file, body);
    names.set(file, what);
  }
  let out = '';
  try {
    out = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...names.keys()], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    out = e.stderr || e.stdout || '';
    if (!out.trim().startsWith('{')) throw e;
  }
  const text = out.trim() || '{"messages":[]}';
  const messages = JSON.parse(text).messages.filter((m) => m.type === 'error');
  return messages.map((m) => {
    const file = decodeURIComponent(new URL(m.url).pathname);
    return `${names.get(file) || file}:${m.lastLine}: ${m.message} [${(m.extract || '').trim().slice(0, 80)}]`;
  });
}

test('every young person\'s page and every staff page is valid HTML (Nu HTML Checker)', async (t) => {
  const documents = new Map();
  const child = await t.page();
  recordDocuments(child, documents);
  for (const [, reach] of Object.entries(pageStates(base))) await reach(child);
  await open(child, base, '/demo/say/easy');
  await open(child, base, '/demo/surveys');
  const childPages = await crawl(child, '/demo', '/demo', 30, /qr\.svg|\.csv/);

  const staff = await t.page();
  recordDocuments(staff, documents);
  await signIn(staff, base);
  const staffPages = await crawl(staff, '/staff', '/staff', 60, /logout|oidc|format=csv|\.svg|export|download/);
  t.note(`${documents.size} documents checked (${childPages} young person's pages crawled, ${staffPages} staff)`);
  assert(documents.size >= 25, `only ${documents.size} documents were read`);

  const errors = check(documents);
  assert(errors.length === 0, `${errors.length} HTML errors:\n${errors.slice(0, 30).join('\n')}`);
}, { timeout: 240_000 });

const ok = await run();
process.exit(ok ? 0 : 1);
