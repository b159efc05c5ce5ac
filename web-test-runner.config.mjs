import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';

// Debian's Chromium only: no test tool may download a browser.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(`Chromium not found at ${executablePath}. Install Debian's chromium (bash .ci/run does) or set CHROMIUM_PATH.`);
}

/**
 * Tells the browser whether to rewrite SVG snapshots: `UPDATE_SNAPSHOTS=1 npm run test:browser` (see
 * tests/elements/svg-snapshot.ts).
 */
const snapshotSettings = {
  name: 'floke-snapshot-settings',
  executeCommand({ command }) {
    if (command === 'floke-update-snapshots') return Boolean(process.env.UPDATE_SNAPSHOTS);
    return undefined;
  },
};

/**
 * Emulates media features the stock `emulateMedia` command leaves out for Chromium, forced colours above all
 * (`executeServerCommand('floke-emulate-media', [{ name: 'forced-colors', value: 'active' }])`; `[]` resets).
 * Through the DevTools protocol, which renders with the forced palette like Windows high contrast.
 */
const emulationSessions = new WeakMap();
const mediaEmulation = {
  name: 'floke-emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'floke-emulate-media') return undefined;
    const page = session.browser.getPage(session.id);
    // The emulation lasts as long as the DevTools session that set it: keep one per page.
    if (!emulationSessions.has(page)) emulationSessions.set(page, await page.createCDPSession());
    await emulationSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

/**
 * Makes the browser refuse requests whose URL matches any of the given patterns, as a host that lost a chunk would
 * (`executeServerCommand('floke-block-urls', ['*normalizer.js*'])`; `[]` lifts it). For tests of a lazy chunk that
 * fails to load.
 */
const urlBlocking = {
  name: 'floke-block-urls',
  async executeCommand({ command, payload, session }) {
    if (command !== 'floke-block-urls') return undefined;
    const page = session.browser.getPage(session.id);
    if (!emulationSessions.has(page)) emulationSessions.set(page, await page.createCDPSession());
    const cdp = emulationSessions.get(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urls: payload });
    return true;
  },
};

export default {
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    snapshotSettings,
    mediaEmulation,
    urlBlocking,
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname /* esbuild does not follow extends */ }),
  ],
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          // Tests run in background tabs; keep their timers and animation frames running.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  groups: [{ name: 'elements', files: 'tests/elements/**/*.test.ts' }],
};
