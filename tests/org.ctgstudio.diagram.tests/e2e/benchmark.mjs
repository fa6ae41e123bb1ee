// Browser figures of the diagram benchmark (tests/org.ctgstudio.benchmarks, DiagramBenchmark), in Debian's chromium:
// open → painted (warm), rename round trip (Enter → new text on screen), zoom steps per second.
// Usage: node benchmark.mjs <page address> <node count> <zoom page address> <zoom node count>
import { launch, nodes } from './browser.mjs';

const [address, , zoomAddress] = process.argv.slice(2);
const WARMUP = 3;
const RUNS = 5;
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Opens the page and waits until the diagram is painted: sprotty draws only the elements in the viewport, so
 * "painted" is the first nodes of the view in the DOM and two animation frames after them (not every node).
 */
async function open(browser, url, visible) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const start = Date.now();
  await page.goto(url);
  page.on('pageerror', error => process.stderr.write(`page error: ${error.message}\n`));
  page.on('console', message => message.type() === 'error' && process.stderr.write(`console: ${message.text()}\n`));
  try {
    await page.waitForFunction(n => document.querySelectorAll('#sprotty g.ctg-node').length >= n
      && new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))),
      visible, { timeout: 120000, polling: 20 });
  } catch (error) {
    await page.screenshot({ path: 'benchmark-failure.png' }).catch(() => {});
    throw error;
  }
  return { page, millis: Date.now() - start };
}


const browser = await launch();
try {
  const opens = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const { page, millis } = await open(browser, address, 1);
    if (i >= WARMUP) {
      opens.push(millis);
    }
    await page.close();
  }
  const { page } = await open(browser, address, 1);
  const renames = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const node = nodes(page).nth(i);
    await node.dblclick();
    const editor = page.locator('.label-edit input, .label-edit textarea').first();
    await editor.waitFor();
    const text = `Renommée ${i}`;
    await editor.fill(text);
    const start = Date.now();
    await editor.press('Enter');
    await page.waitForFunction(t => [...document.querySelectorAll('#sprotty .ctg-label')]
      .some(label => label.textContent.includes(t)), text, { polling: 'raf', timeout: 30000 });
    if (i >= WARMUP) {
      renames.push(Date.now() - start);
    }
  }
  await page.close();
  const zoom = (await open(browser, zoomAddress, 1)).page;
  await zoom.mouse.move(700, 450);
  const steps = 40;
  const frame = () => zoom.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  await frame();
  const start = Date.now();
  for (let i = 0; i < steps; i++) {
    await zoom.mouse.wheel(0, i % 2 === 0 ? -120 : 120);
    await frame();
  }
  const fps = steps / ((Date.now() - start) / 1000);
  process.stdout.write(JSON.stringify({ open: median(opens), rename: median(renames), fps }) + '\n');
} finally {
  await browser.close();
}
