import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Page } from 'puppeteer-core';

/**
 * Serves the repository and opens `page` (a bench HTML file) in Debian's Chromium, waits for `window.benchReady`,
 * and hands the page to `run`. Says so and skips when there is no Chromium.
 */
export async function inChromium(
  title: string,
  page: string,
  run: (page: Page) => Promise<void>,
  options: { port: number; extraArgs?: readonly string[] },
): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`\n${title} skipped: no Chromium at ${executablePath}`);
    return;
  }
  const server = await startDevServer({
    config: { rootDir: new URL('..', import.meta.url).pathname, nodeResolve: true, port: options.port },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', ...(options.extraArgs ?? [])],
  });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`http://localhost:${options.port}/${page}`);
    await tab.waitForFunction('window.benchReady === true');
    await run(tab);
  } finally {
    await browser.close();
    await server.stop();
  }
}
