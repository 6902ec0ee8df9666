// Sayso's page script for young people's pages, hand-written and small so
// it works before (and without) the WebAssembly: the quick exit, and
// keeping a message on the phone while there is no signal. Every page
// works without it. The service worker (sw.js) loads this file too, for
// the outbox below.
'use strict';

/**
 * The outbox: messages written with no signal, kept in this phone's
 * IndexedDB (never anywhere else) until they are sent, then deleted. Each
 * keeps its form's idempotency key, so however often it is retried it is
 * stored once. `sent` holds only the reply code of a message sent while
 * nobody was looking, until the child says they have written it down.
 */
const Outbox = (() => {
  const open = () => new Promise((resolve, reject) => {
    const req = indexedDB.open('sayso', 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('waiting', { keyPath: 'key' });
      req.result.createObjectStore('sent', { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const run = async (store, mode, work) => {
    const db = await open();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const result = work(tx.objectStore(store));
        tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  };
  const all = (store) => run(store, 'readonly', (s) => s.getAll());
  const put = (store, item) => run(store, 'readwrite', (s) => s.put(item));
  const remove = (store, key) => run(store, 'readwrite', (s) => s.delete(key));
  const keyOf = (body) => new URLSearchParams(body).get('idempotency_key');

  let flushing = null;
  /** Try to send every waiting message once; resolves to the reply codes sent. */
  const flush = () => {
    if (flushing) return flushing;
    flushing = (async () => {
      const sent = [];
      for (const item of await all('waiting')) {
        if (item.check) continue;
        let response;
        try {
          response = await fetch(item.url, {
            method: 'POST',
            body: item.body,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            credentials: 'same-origin',
          });
        } catch {
          break; // still no signal: try again later
        }
        const html = await response.text();
        const code = (html.match(/data-reply-code="([a-z]+-[a-z]+-[a-z]+)"/) || [])[1];
        if (response.ok && code) {
          const done = { key: item.key, code, urgent: html.includes('class="urgent-help"'), at: Date.now() };
          await put('sent', done);
          await remove('waiting', item.key);
          sent.push(done);
        } else if (response.status === 422) {
          // It needs the child's eye: it goes back into its form next visit.
          await put('waiting', { ...item, check: true });
        }
      }
      return sent;
    })().finally(() => { flushing = null; });
    return flushing;
  };
  return { all, put, remove, keyOf, flush };
})();
self.SaysoOutbox = Outbox;

if (typeof document !== 'undefined') {
  const $ = (id) => document.getElementById(id);
  const show = (id, on = true) => { const el = $(id); if (el) el.hidden = !on; return el; };
  const newKey = () => (crypto.randomUUID ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''));

  // ---- Quick exit: one tap, or Shift three times; nothing to go Back to.
  const exitLink = document.querySelector('[data-exit-page]');
  const exit = () => {
    try { sessionStorage.setItem('sayso-exit', '1'); } catch { /* private mode */ }
    const overlay = document.querySelector('.exit-overlay');
    document.body.replaceChildren(...(overlay ? [overlay] : []));
    if (overlay) overlay.hidden = false;
    document.title = '…';
    location.replace(exitLink ? exitLink.href : 'https://www.bbc.co.uk/weather');
  };
  if (exitLink) {
    exitLink.addEventListener('click', (e) => { e.preventDefault(); exit(); });
    document.querySelectorAll('.exit-keys').forEach((el) => { el.hidden = false; });
    let presses = 0;
    let timer;
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Shift') { presses = 0; return; }
      if (e.repeat) return;
      presses += 1;
      clearTimeout(timer);
      timer = setTimeout(() => { presses = 0; }, 5000);
      if (presses >= 3) exit();
    });
  }
  // Back after a quick exit, from the browser's memory of the page.
  addEventListener('pageshow', (e) => {
    if (e.persisted && sessionStorage.getItem('sayso-exit')) {
      document.documentElement.style.display = 'none';
      location.replace(exitLink ? exitLink.href : 'https://www.bbc.co.uk/weather');
    }
  });

  // ---- No signal: keep the message on this phone, send it later.
  const offlineForms = ['say-form', 'help-form'].map($).filter(Boolean);
  if (document.documentElement.hasAttribute('data-from-phone')) show('offline-saved-page');

  const showSent = (done) => {
    const box = show('offline-sent');
    if (!box) return;
    box.querySelector('.code').textContent = done.code;
    box.dataset.key = done.key;
    show('offline-waiting', false);
    show('offline-kept', false);
    box.focus();
  };
  const refresh = async () => {
    const waiting = (await Outbox.all('waiting')).filter((w) => !w.check);
    show('offline-waiting', waiting.length > 0 && $('offline-kept') && $('offline-kept').hidden);
    const sent = await Outbox.all('sent');
    if (sent.length) showSent(sent[0]);
  };
  const sendWaiting = async () => {
    if (!navigator.onLine) return;
    await Outbox.flush();
    await refresh();
  };

  const keep = async (form) => {
    const body = new URLSearchParams(new FormData(form)).toString();
    const key = Outbox.keyOf(body) || newKey();
    await Outbox.put('waiting', { key, url: form.action, body, at: Date.now() });
    // The form is ready for another message, which needs its own key.
    form.reset();
    const keyInput = form.querySelector('input[name="idempotency_key"]');
    if (keyInput) keyInput.value = newKey();
    show('offline-deleted', false);
    show('offline-waiting', false);
    const kept = show('offline-kept');
    kept.dataset.key = key;
    kept.focus();
    kept.scrollIntoView();
    try {
      const reg = await navigator.serviceWorker.ready;
      if (reg.sync) await reg.sync.register('sayso-outbox');
    } catch { /* no Background Sync here: sent on the next visit or when the signal is back */ }
  };
  for (const form of offlineForms) {
    form.addEventListener('submit', (e) => {
      if (navigator.onLine || !('indexedDB' in self)) return; // the plain form does the work
      e.preventDefault();
      keep(form).catch(() => form.submit());
    });
  }

  // A kept message that needs the child's eye comes back into its form.
  const refill = async () => {
    for (const item of await Outbox.all('waiting')) {
      const form = offlineForms.find((f) => item.check && f.action === item.url);
      if (!form) continue;
      const fields = new URLSearchParams(item.body);
      for (const el of form.elements) {
        if (!el.name || el.name === 'idempotency_key' || !fields.has(el.name)) continue;
        if (el.type === 'radio' || el.type === 'checkbox') el.checked = fields.getAll(el.name).includes(el.value);
        else if (el.type !== 'hidden') el.value = fields.get(el.name);
      }
      await Outbox.remove('waiting', item.key);
      show('offline-check').focus();
      return;
    }
  };

  const deleteButton = $('offline-delete');
  if (deleteButton) {
    deleteButton.addEventListener('click', async () => {
      const kept = $('offline-kept');
      if (kept.dataset.key) await Outbox.remove('waiting', kept.dataset.key);
      kept.hidden = true;
      show('offline-deleted').focus();
    });
  }
  const doneButton = $('offline-sent-done');
  if (doneButton) {
    doneButton.addEventListener('click', async () => {
      const box = $('offline-sent');
      await Outbox.remove('sent', box.dataset.key);
      box.hidden = true;
      refresh();
    });
  }

  if ('indexedDB' in self) {
    // Kept by the service worker when a form was sent into a dead signal.
    if (location.hash === '#kept') {
      history.replaceState(null, '', location.pathname + location.search);
      Outbox.all('waiting').then((w) => {
        const last = w.filter((i) => !i.check).sort((a, b) => b.at - a.at)[0];
        if (!last) return;
        const kept = show('offline-kept');
        kept.dataset.key = last.key;
        kept.focus();
      });
    }
    refill().then(refresh).then(sendWaiting).catch(() => {});
    addEventListener('online', () => { sendWaiting().catch(() => {}); });
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').then(async () => {
      const reg = await navigator.serviceWorker.ready;
      const org = location.pathname.split('/')[1];
      const css = document.querySelector('link[rel="stylesheet"]');
      reg.active.postMessage({
        type: 'keep-pages',
        lang: document.documentElement.lang,
        urls: [
          `/${org}`, `/${org}/help`, `/${org}/say`,
          ...['4-7', '8-11', '12-17', '16-25'].map((age) => `/${org}/say?age=${age}`),
          `/${org}/say/easy?age=4-7`,
        ],
        assets: [css ? css.href : null, '/page.js'].filter(Boolean),
      });
    }).catch(() => {});
    navigator.serviceWorker.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'sent') refresh();
    });
  }
}
