// Surveys in a real browser: a young person answers the demo well-being
// survey on a 360 px phone, with JavaScript on and off, one question per
// screen, skipping and going back; axe on each kind of screen (in the
// JavaScript-on journey: axe is a script); screenshots of both.
// Run: SAYSO_URL=http://127.0.0.1:3200 node tests/browser/surveys.mjs
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PHONE, assert, axeViolations, baseUrl, choose, describeViolation, launch, open, runner, submitBy,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shotsDir = path.join(here, '..', '..', 'target', 'screenshots');
await mkdir(shotsDir, { recursive: true });
const BASE = baseUrl();
const JS_OFF = { ...PHONE, javaScriptEnabled: false };
const JS_ON = { ...PHONE };

const { test, run } = runner(launch());

async function fitsThePhone(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 1, `${where} scrolls sideways by ${overflow}px at 360px`);
}

async function axeCheck(page, where) {
  const { bad } = await axeViolations(page);
  assert(bad.length === 0, `axe on ${where}:\n${bad.map(describeViolation).join('\n')}`);
}

async function answerWellbeing(t, { js }) {
  const page = await t.page({ ...(js ? JS_ON : JS_OFF), bypassCSP: true });
  const tag = js ? 'js' : 'nojs';
  const axeClean = js ? axeCheck : async () => {};
  await open(page, BASE, '/demo');
  await submitBy(page, page.locator('a[href="/demo/surveys"]'));
  await submitBy(page, page.locator('a[href="/demo/surveys/wellbeing"]'));
  await fitsThePhone(page, 'the survey start');
  await axeClean(page, 'the survey start');
  await page.screenshot({ path: path.join(shotsDir, `survey-start-${tag}-360.png`), fullPage: true });
  await choose(page, 'choice', 'age_band', '8-11');
  await choose(page, 'choice', 'care_status', 'in_care');
  await submitBy(page, page.getByRole('button', { name: 'Start' }));
  assert(/\/1$/.test(page.url()), `the first question is screen 1: ${page.url()}`);
  assert((await page.locator('#survey-progress').innerText()).includes('1 of'), 'a progress indicator');

  // Screen 1: faces.
  await fitsThePhone(page, 'a faces question');
  await axeClean(page, 'a faces question');
  await page.screenshot({ path: path.join(shotsDir, `survey-faces-${tag}-360.png`), fullPage: true });
  await choose(page, 'face', 'answer-people-home', '4');
  await submitBy(page, page.getByRole('button', { name: 'Next' }));
  // Screen 2: yes / no / not sure; skip it.
  assert(/\/2$/.test(page.url()), `screen 2: ${page.url()}`);
  await axeClean(page, 'a yes/no question');
  await submitBy(page, page.getByRole('button', { name: 'Skip this question' }));
  // Back to screen 2, then back to screen 1: the face chosen is still there.
  await submitBy(page, page.getByRole('link', { name: 'Back' }));
  await submitBy(page, page.getByRole('link', { name: 'Back' }));
  assert(await page.locator('input[name="answer-people-home"][value="4"]').isChecked(), 'the answer is kept going back');
  // Forward through the rest: a choice, then skip to the free text.
  await submitBy(page, page.getByRole('button', { name: 'Next' }));
  await submitBy(page, page.getByRole('button', { name: 'Skip this question' }));
  await choose(page, 'choice', 'answer-family-contact', 'more');
  await submitBy(page, page.getByRole('button', { name: 'Next' }));
  for (let i = 4; i < 6; i += 1) await submitBy(page, page.getByRole('button', { name: 'Skip this question' }));
  // Screen 6: multiple choice.
  await axeClean(page, 'a multiple-choice question');
  await page.screenshot({ path: path.join(shotsDir, `survey-multiple-${tag}-360.png`), fullPage: true });
  await choose(page, 'choice', 'answer-feel-good', 'friends');
  await choose(page, 'choice', 'answer-feel-good', 'animals');
  await submitBy(page, page.getByRole('button', { name: 'Next' }));
  for (let i = 7; i < 10; i += 1) await submitBy(page, page.getByRole('button', { name: 'Skip this question' }));
  // Screen 10: free text, then finish.
  await axeClean(page, 'a free-text question');
  await page.locator('textarea').fill(`School is better this term (${tag})`);
  await submitBy(page, page.getByRole('button', { name: 'Finish' }));
  assert(/\/done$/.test(page.url()), `the thank-you screen: ${page.url()}`);
  await axeClean(page, 'the thank-you screen');
  await page.screenshot({ path: path.join(shotsDir, `survey-done-${tag}-360.png`), fullPage: true });
}

test('a young person answers the well-being survey on a phone with JavaScript off', (t) => answerWellbeing(t, { js: false }));
test('a young person answers the well-being survey on a phone with JavaScript on', (t) => answerWellbeing(t, { js: true }));

test('worrying words in a survey show help at once', async (t) => {
  const page = await t.page({ ...JS_ON, bypassCSP: true });
  await open(page, BASE, '/demo/surveys/wellbeing');
  await choose(page, 'choice', 'age_band', '12-17');
  await submitBy(page, page.getByRole('button', { name: 'Start' }));
  const url = page.url().replace(/\/1$/, '/10');
  await open(page, '', url);
  await page.locator('textarea').fill('my stepdad hits me');
  await submitBy(page, page.getByRole('button', { name: 'Finish' }));
  assert(await page.locator('a[href="tel:999"]').isVisible(), 'the 999 button shows');
  await axeCheck(page, 'the urgent thank-you screen');
});

const ok = await run();
process.exit(ok ? 0 : 1);
