// Debian's chromium driven by playwright-core (no browser download): the flags this machine needs.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CTG_CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  });
}

/**
 * Nodes of the visible diagram (sprotty keeps a hidden copy for measuring: always scope to #sprotty) whose label
 * has `text` on one of its lines (lines are separate tspans).
 */
export function nodes(page, text) {
  const all = page.locator('#sprotty g.ctg-node');
  return text ? all.filter({ has: page.locator('text', { hasText: text }) }) : all;
}

/** A line protocol with the Java test: "STEP name" then wait for "OK" before going on. */
export function stepper() {
  const waiting = [];
  let buffer = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', chunk => {
    buffer += chunk;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i).trim();
      buffer = buffer.slice(i + 1);
      const next = waiting.shift();
      if (next) {
        next(line);
      }
    }
  });
  return async name => {
    process.stdout.write(`STEP ${name}\n`);
    const answer = await new Promise(resolve => waiting.push(resolve));
    if (answer !== 'OK') {
      throw new Error(`step ${name}: ${answer}`);
    }
  };
}
