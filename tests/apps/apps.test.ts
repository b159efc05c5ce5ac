/**
 * Issue #17, real clients: each example app, built by Vite against the `npm pack` tarballs
 * (`node scripts/example-apps.mjs`), is served as static files under the strict CSP and opened in Chromium. Every
 * view must draw, the Workers must load from the app's bundle, and a click must reach the app's own floke-select
 * handler through the framework's event binding.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { serveStatic } from '../cdn/static-server.js';

const APPS = ['react', 'react-18', 'vue', 'svelte'];
const PORT = Number(process.env.FLOKE_APPS_TEST_PORT ?? 8202);
const REPO = new URL('../../', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the example apps, built from the tarballs', { skip: !existsSync(executablePath) && `no Chromium at ${executablePath}` }, () => {
  let server: Server;
  let browser: Browser;

  before(async () => {
    server = await serveStatic(`${REPO}examples/apps`, PORT);
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const app of APPS) {
    it(`${app}: draws every view, lays out in the bundled Workers, and hands floke-select to the app`, async () => {
      assert.ok(existsSync(`${REPO}examples/apps/${app}/dist/index.html`), `build it first: node scripts/example-apps.mjs`);
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => {
        if (message.text().startsWith('Failed to load resource')) return; // reported with its URL below
        if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('response', (response) => {
        // The browser asks for a favicon on its own; nothing of the app's may be missing.
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
      });
      // tsx compiles the functions handed to `evaluate` with esbuild's name keeping, which calls a `__name` helper.
      await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
      await page.goto(`http://127.0.0.1:${PORT}/${app}/dist/index.html`);
      await page.waitForFunction(
        () =>
          ['floke-iceberg', 'floke-horizons', 'floke-causal-loops', 'floke-actor-network'].every(
            (tag) => (document.querySelector(tag) as unknown as { layout?: unknown } | null)?.layout !== undefined,
          ),
        { timeout: 60000 },
      );
      const drawn = await page.evaluate(() => {
        const marks = (tag: string, selector: string) => document.querySelector(tag)!.shadowRoot!.querySelectorAll(selector).length;
        const thread = (tag: string) => (document.querySelector(tag) as unknown as { layoutThread?: string }).layoutThread;
        return {
          summary: document.querySelector('floke-summary')!.shadowRoot!.textContent!.trim().length > 200,
          iceberg: marks('floke-iceberg', 'g.chip[data-id]') > 5,
          horizons: marks('floke-horizons', 'g.marker[data-id]') > 5,
          loops: marks('floke-causal-loops', 'g.node[data-id]') > 5,
          network: marks('floke-actor-network', 'canvas') > 0,
          threads: [thread('floke-causal-loops'), thread('floke-actor-network')],
        };
      });
      assert.deepEqual(drawn, { summary: true, iceberg: true, horizons: true, loops: true, network: true, threads: ['worker', 'worker'] });

      const chip = await page.evaluate(() => {
        const mark = document.querySelector('floke-iceberg')!.shadowRoot!.querySelector('g.chip[data-id] rect.chip-box')!;
        mark.scrollIntoView({ block: 'center' });
        const box = mark.getBoundingClientRect();
        return { id: (mark.closest('[data-id]') as SVGElement).dataset.id!, x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.mouse.click(chip.x, chip.y);
      await page.waitForFunction(() => ((window as unknown as { flokeSelects?: string[] }).flokeSelects ?? []).length > 0, {
        timeout: 5000,
      });
      assert.deepEqual(await page.evaluate(() => (window as unknown as { flokeSelects: string[] }).flokeSelects), [`iceberg:${chip.id}`]);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('react under the Vite dev server (optimizeDeps.exclude as README says): both Workers load', async () => {
    const port = PORT + 1;
    const vite = spawn(process.execPath, [`${REPO}node_modules/vite/bin/vite.js`, '--config', `${REPO}examples/apps/vite.config.mjs`], {
      env: { ...process.env, APP: 'react', PORT: String(port) },
      stdio: 'ignore',
    });
    try {
      for (let i = 0; i < 60; i++) {
        const up = await fetch(`http://localhost:${port}/`).then(
          (response) => response.ok,
          () => false,
        );
        if (up) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const page = await browser.newPage();
      await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
      await page.goto(`http://localhost:${port}/`);
      await page.waitForFunction(
        () =>
          ['floke-causal-loops', 'floke-actor-network'].every(
            (tag) => (document.querySelector(tag) as unknown as { layout?: unknown } | null)?.layout !== undefined,
          ),
        { timeout: 90000 },
      );
      const threads = await page.evaluate(() =>
        ['floke-causal-loops', 'floke-actor-network'].map(
          (tag) => (document.querySelector(tag) as unknown as { layoutThread?: string }).layoutThread,
        ),
      );
      assert.deepEqual(threads, ['worker', 'worker']);
      await page.close();
    } finally {
      vite.kill();
    }
  });
});
