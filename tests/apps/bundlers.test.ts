/**
 * Issue #17, Workers in every toolchain: the one-view page (examples/apps/bundlers), built from the tarballs by
 * webpack 5 and by esbuild (`node scripts/example-apps.mjs`), served as static files under the strict CSP. The view
 * must lay out in the Worker the bundler emitted: `layoutThread` is `worker`, and no fallback warning is logged.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { serveStatic } from '../cdn/static-server.js';

const BUNDLERS = ['webpack', 'esbuild'];
const PORT = Number(process.env.FLOKE_APPS_TEST_PORT ?? 8202) + 2;
const REPO = new URL('../../', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe(
  'the one-view page, bundled by webpack 5 and esbuild',
  { skip: !existsSync(executablePath) && `no Chromium at ${executablePath}` },
  () => {
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

    for (const bundler of BUNDLERS) {
      it(`${bundler}: floke-causal-loops lays out in the Worker the bundler emitted`, async () => {
        assert.ok(existsSync(`${REPO}examples/apps/${bundler}/dist/index.html`), 'build it first: node scripts/example-apps.mjs');
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(String(error)));
        page.on('console', (message) => {
          if (message.text().startsWith('Failed to load resource')) return; // reported with its URL below
          if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
        });
        page.on('response', (response) => {
          if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(`http://127.0.0.1:${PORT}/${bundler}/dist/index.html`);
        await page.waitForFunction('document.querySelector("floke-causal-loops")?.layout !== undefined', { timeout: 60000 });
        const drawn = await page.evaluate(
          `({
          thread: document.querySelector('floke-causal-loops').layoutThread,
          factors: document.querySelector('floke-causal-loops').shadowRoot.querySelectorAll('g.node[data-id]').length > 5,
        })`,
        );
        assert.deepEqual(drawn, { thread: 'worker', factors: true });
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  },
);
