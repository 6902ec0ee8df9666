// Shared helpers for the Sayso browser checks: the browser, a tiny test
// runner and the ways to bring a page into each state a child can see.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The server under test, from SAYSO_URL, without a trailing slash. */
export function baseUrl() {
  const raw = process.env.SAYSO_URL;
  if (!raw || !raw.trim()) {
    console.error('SAYSO_URL is not set: point it at a running Sayso server, e.g. SAYSO_URL=http://127.0.0.1:3200');
    process.exit(2);
  }
  return raw.trim().replace(/\/+$/, '');
}

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A phone-sized viewport: 360 x 740 CSS px, with touch. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
/** A laptop-sized viewport. */
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

export class AssertionError extends Error {}
export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/**
 * A small sequential test runner. Each test gets `t.page(options)`, which
 * opens a page in a new browser context that is closed when the test ends.
 */
export function runner(browserPromise) {
  const tests = [];
  const test = (name, fn, { timeout = 90_000 } = {}) => tests.push({ name, fn, timeout });
  const run = async () => {
    let passed = 0;
    let failed = 0;
    const browser = await browserPromise;
    try {
      for (const { name, fn, timeout } of tests) {
        const contexts = [];
        const t = {
          async page(options = {}) {
            const context = await browser.newContext(options);
            context.setDefaultTimeout(15_000);
            context.setDefaultNavigationTimeout(20_000);
            contexts.push(context);
            return context.newPage();
          },
          note(message) {
            console.log(`# ${name}: ${message}`);
          },
        };
        let timer;
        try {
          await Promise.race([
            fn(t),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`timed out after ${timeout / 1000} s`)), timeout);
            }),
          ]);
          passed += 1;
          console.log(`ok - ${name}`);
        } catch (e) {
          failed += 1;
          const message = (e && e.message ? e.message : String(e)).trim();
          console.log(`not ok - ${name}: ${message.replace(/\n/g, '\n    ')}`);
        } finally {
          clearTimeout(timer);
          for (const c of contexts) await c.close().catch(() => {});
        }
      }
    } finally {
      await browser.close().catch(() => {});
    }
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0;
  };
  return { test, run };
}

/**
 * The WebAssembly bundle the pages ask for (read from the page's
 * `<link rel="preload" ... .wasm>`, else /pkg/sayso_bg.wasm) and whether the
 * server serves it. A build made by cargo-leptos names it sayso.wasm, a plain
 * cargo build's pages ask for sayso_bg.wasm.
 */
export async function wasmBundle(base) {
  let url = `${base}/pkg/sayso_bg.wasm`;
  try {
    const html = await (await fetch(`${base}/demo`)).text();
    const m = html.match(/<link[^>]*href="([^"]+\.wasm)"/);
    if (m) url = new URL(m[1], `${base}/`).href;
  } catch { /* keep the default */ }
  try {
    const r = await fetch(url, { method: 'HEAD' });
    return { url, served: r.ok, status: r.status };
  } catch (e) {
    return { url, served: false, status: e.message };
  }
}

/** Go to a path and insist on a 2xx page. */
export async function open(page, base, path) {
  const response = await page.goto(base + path, { waitUntil: 'load' });
  assert(response, `no response for ${path}`);
  assert(response.ok(), `${path} answered HTTP ${response.status()}`);
  return response;
}

/** Click something that sends a form and wait for the page that comes back. */
export async function submitBy(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  assert(response, 'sending the form did not load a new page');
  return response;
}

export function label(page, group, name, value) {
  return page.locator(`label.${group}`, { has: page.locator(`input[name="${name}"][value="${value}"]`) });
}

/** Choose a real radio or checkbox by clicking its visible label, as a finger would. */
export async function choose(page, group, name, value) {
  await label(page, group, name, value).click();
  const checked = await page.locator(`input[name="${name}"][value="${value}"]`).isChecked();
  assert(checked, `clicking the ${name}=${value} label did not check it`);
}

/** Fill the say form (on /demo/say?age=...) and send it; returns the HTTP response. */
export async function sendSay(page, { kind = 'idea', theme = 'fun', mood = '4', text }) {
  if (kind) await choose(page, 'choice', 'kind', kind);
  if (theme) await choose(page, 'choice', 'themes', theme);
  if (mood) await choose(page, 'face', 'mood', mood);
  await page.locator('textarea#text').fill(text);
  return submitBy(page, page.locator('#say-form button[type=submit]'));
}

export async function replyCodeOn(page) {
  const el = page.locator('[data-reply-code]');
  await el.waitFor({ state: 'visible', timeout: 5_000 });
  const code = await el.getAttribute('data-reply-code');
  // The page shows the three words one to a line; read them as a person would.
  const text = (await el.innerText()).trim().split(/[\s-]+/).join('-');
  assert(/^[a-z]+-[a-z]+-[a-z]+$/.test(code || ''), `the reply code is not three words with dashes: "${code}"`);
  assert(text === code, `the reply code shown ("${text}") is not the one in data-reply-code ("${code}")`);
  return code;
}

/**
 * Every page a child meets, by name. Each function brings `page` to that
 * page from scratch (posting forms where needed) and returns nothing.
 */
export function pageStates(base) {
  const say = (age) => (page) => open(page, base, `/demo/say?age=${age}`);
  return {
    home: (page) => open(page, base, '/demo'),
    say: (page) => open(page, base, '/demo/say'),
    'say-4-7': say('4-7'),
    'say-8-11': say('8-11'),
    'say-12-17': say('12-17'),
    'say-16-25': say('16-25'),
    'say-problem': async (page) => {
      await open(page, base, '/demo/say?age=12-17');
      await page.locator('textarea#text').fill('The wifi where I live never works and I cannot do my homework.');
      const r = await submitBy(page, page.locator('#say-form button[type=submit]'));
      assert(r.status() === 422, `a form with no kind chosen answered HTTP ${r.status()}, expected 422`);
    },
    thanks: async (page) => {
      await open(page, base, '/demo/say?age=12-17');
      const r = await sendSay(page, { text: 'Can we have a film night at the weekend?' });
      assert(r.status() === 200, `sending answered HTTP ${r.status()}`);
      await replyCodeOn(page);
    },
    reply: (page) => open(page, base, '/demo/reply'),
    'reply-result': async (page) => {
      await open(page, base, '/demo/say?age=12-17');
      await sendSay(page, { text: 'I would like more pocket money please.' });
      const code = await replyCodeOn(page);
      await open(page, base, '/demo/reply');
      await page.locator('input#code').fill(code);
      const r = await submitBy(page, page.locator('#reply-form button[type=submit]'));
      assert(r.status() === 200, `checking a reply answered HTTP ${r.status()}`);
      await page.locator('[data-status]').waitFor({ state: 'visible', timeout: 5_000 });
    },
    help: (page) => open(page, base, '/demo/help'),
    'you-said-we-did': (page) => open(page, base, '/demo/you-said-we-did'),
    'help-thanks': async (page) => {
      await open(page, base, '/demo/help');
      await page.locator('#help-form textarea#text').fill('I am scared to go home tonight.');
      const r = await submitBy(page, page.locator('#help-form button[type=submit]'));
      assert(r.status() === 200, `sending for help answered HTTP ${r.status()}`);
      await page.locator('section.urgent-help').waitFor({ state: 'visible', timeout: 5_000 });
    },
  };
}

/** Wait until the read-aloud island has hydrated (its button is shown). */
export async function waitForHydration(page, timeout = 10_000) {
  const button = page.locator('button.read-aloud').first();
  try {
    await button.waitFor({ state: 'visible', timeout });
  } catch {
    throw new AssertionError(`the Read aloud button did not become visible within ${timeout / 1000} s (the WebAssembly did not hydrate)`);
  }
}

// ---- Staff side ----

/** The demo organisation's officer, made by `sayso demo`. */
export const DEMO_OFFICER = Object.freeze({ email: 'officer@demo.sayso.test', password: 'demo-officer-password' });

/**
 * Sign in on /staff by typing into the form, as a person would; returns the
 * response of the page that comes back (the queue, or the form again).
 */
export async function signIn(page, base, { email, password } = DEMO_OFFICER) {
  await open(page, base, '/staff');
  await page.locator('#login-form input#email').fill(email);
  await page.locator('#login-form input#password').fill(password);
  return submitBy(page, page.locator('#login-form button[type=submit]'));
}

/** The axe-core rule tags the checks run: WCAG 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeScript;
/**
 * Run axe-core on the page as it is (open it in a context made with
 * `bypassCSP: true`). Returns the serious and critical violations (`bad`,
 * which fail a check) and the rest (`minor`).
 */
export async function axeViolations(page) {
  if (!axeScript) {
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    axeScript = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  }
  await page.addScriptTag({ content: axeScript });
  const results = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), AXE_TAGS);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !bad.includes(v));
  return { bad, minor };
}

/** One axe violation on one line: rule id, impact, help and the first few selectors. */
export function describeViolation(v) {
  const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
  return `${v.id} [${v.impact}] ${v.help}: ${targets}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`;
}
