// How heavy is the say-it page on a phone's data plan? Loads
// /demo/say?age=12-17 in every language in Chromium with the cache off,
// totals the bytes over the wire (compressed bodies plus headers, as
// Chromium counts them) and fails if everything except the WebAssembly is
// over the budget in any language. (The service worker is blocked here: what
// it keeps for no signal is measured by the offline test in child.mjs.)
// Run: SAYSO_URL=http://127.0.0.1:3200 node tests/browser/page-weight.mjs
import http from 'node:http';
import https from 'node:https';
import { PHONE, baseUrl, launch, wasmBundle } from './lib.mjs';

const BASE = baseUrl();
const PATH = '/demo/say?age=12-17';
const LANGUAGES = ['en', 'cy', 'ar', 'fa', 'ps', 'ckb', 'ti', 'vi', 'sq'];
const BUDGET_KB = 60; // everything except the .wasm bundle
const KB = 1000; // 1 KB = 1000 bytes here
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** The raw (still compressed) body size of a GET asking for gzip, and its encoding. */
function rawGet(url) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => { bytes += chunk.length; });
      res.on('end', () => resolve({ status: res.statusCode, bytes, encoding: res.headers['content-encoding'] || 'identity' }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`timed out fetching ${url}`)));
  });
}

async function plainSize(url) {
  const r = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  return { status: r.status, bytes: (await r.arrayBuffer()).byteLength };
}

let failure = null;
const browser = await launch();
/** Everything one language's say-it page costs over the wire: { requests, rest, wasm }. */
async function measure(path) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  const requests = new Map(); // requestId -> { url, status, bytes, done }
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, status: 0, bytes: 0, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId) || { bytes: 0, done: false };
    requests.set(e.requestId, { ...r, url: e.response.url, status: e.response.status });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, failed: e.errorText });
  });

  const response = await page.goto(BASE + path, { waitUntil: 'load' });
  if (!response || !response.ok()) throw new Error(`${path} answered HTTP ${response && response.status()}`);
  // Give the hydration script (run when the browser is idle) time to fetch the bundle.
  await page.waitForLoadState('networkidle').catch(() => {});
  const deadline = Date.now() + 15_000;
  while ([...requests.values()].some((r) => !r.done) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await context.close();
  const isWasm = (r) => new URL(r.url).pathname.endsWith('.wasm');
  const served = [...requests.values()].filter((r) => !r.url.startsWith('data:'));
  const rest = served.filter((r) => !isWasm(r));
  const wasm = served.filter((r) => isWasm(r) && r.status >= 200 && r.status < 300);
  return {
    served,
    restBytes: rest.reduce((n, r) => n + r.bytes, 0),
    wasm,
    wasmBytes: wasm.reduce((n, r) => n + r.bytes, 0),
  };
}

try {
  const first = await measure(`${PATH}&lang=en`);
  const { served, restBytes, wasm, wasmBytes } = first;
  const wasmUrl = (await wasmBundle(BASE)).url;
  const wasmGzip = await rawGet(wasmUrl);
  const wasmPlain = await plainSize(wasmUrl);
  const htmlGzip = await rawGet(BASE + PATH);
  const htmlPlain = await plainSize(BASE + PATH);

  console.log(`# page: ${BASE}${PATH} at 360 x 740, cache off, JavaScript on; 1 KB = ${KB} bytes`);
  console.log('# over the wire in Chromium (bodies as sent, plus headers), in English:');
  for (const r of served) {
    const name = new URL(r.url).pathname + new URL(r.url).search;
    console.log(`#   ${String(r.status || r.failed || '?').padEnd(4)} ${kb(r.bytes).padStart(9)}  ${name}`);
  }
  console.log(`say-it page without WebAssembly: ${kb(restBytes)} (budget ${BUDGET_KB} KB)`);
  if (wasm.length) {
    console.log(`WebAssembly bundle over the wire: ${kb(wasmBytes)}`);
  } else {
    console.log('WebAssembly bundle over the wire: not loaded (not served by this server)');
  }
  if (wasmGzip.status === 200) {
    console.log(`WebAssembly bundle asked for with gzip: ${kb(wasmGzip.bytes)} (${wasmGzip.encoding}; ${kb(wasmPlain.bytes)} uncompressed)`);
  } else {
    console.log(`WebAssembly bundle asked for with gzip: HTTP ${wasmGzip.status} for ${new URL(wasmUrl).pathname} (not served by this server)`);
  }
  console.log(`HTML alone asked for with gzip: ${kb(htmlGzip.bytes)} (${htmlGzip.encoding}; ${kb(htmlPlain.bytes)} uncompressed)`);

  const over = [];
  for (const code of LANGUAGES) {
    const m = code === 'en' ? first : await measure(`${PATH}&lang=${code}`);
    console.log(`say-it page without WebAssembly, ${code.padEnd(3)}: ${kb(m.restBytes)}`);
    if (m.restBytes > BUDGET_KB * KB) over.push(`${code} ${kb(m.restBytes)}`);
    if (m.restBytes === 0) over.push(`${code}: no bytes were counted (the network events did not arrive)`);
  }
  if (over.length) {
    failure = `the say-it page without WebAssembly is over the ${BUDGET_KB} KB budget in: ${over.join(', ')}`;
  }
} catch (e) {
  failure = e.message;
} finally {
  await browser.close().catch(() => {});
}

if (failure) {
  console.log(`not ok - page weight: ${failure}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log('ok - page weight');
console.log('1 passed, 0 failed');
