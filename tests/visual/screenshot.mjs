// Screenshots for looking at what we draw: node tests/visual/screenshot.mjs URL OUT.png [width] [height] [waitForSelector]
// Uses Debian's Chromium through puppeteer-core; prints the page's console errors.
import puppeteer from 'puppeteer-core';

const [url, out, width = '1280', height = '900', waitFor] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.log(`[${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.setViewport({ width: Number(width), height: Number(height) });
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (waitFor) await page.waitForFunction(waitFor, { timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.SETTLE ?? 300)));
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
