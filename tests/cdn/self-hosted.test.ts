/**
 * Issue #17: a county web team copies the documented files of `dist-cdn/` (and nothing else) to a plain web server
 * that sends a strict Content-Security-Policy, and embeds Floke with one <script type="module"> tag. Every view must
 * draw, lay out in its Worker, answer clicks, hovers, keys and search, and cause no CSP violation at all. Needs
 * `npm run bundle` first (npm test does it) and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { STRICT_CSP, serveStatic } from './static-server.js';

/** The self-hosting layout README documents: these files, side by side in one folder. */
export const CDN_FILES = [
  'floke.js',
  'layout-worker.js',
  'network-worker.js',
  'model-worker.js',
  'embed.html',
  'embed.js',
  'embed.css',
  'embed-host.js',
];

const PORT = Number(process.env.FLOKE_CDN_TEST_PORT ?? 8201);
const REPO = new URL('../../', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWS = ['floke-summary', 'floke-iceberg', 'floke-horizons', 'floke-causal-loops', 'floke-actor-network'];

/** What the page reports: CSP violations, page errors, console warnings and errors, Floke events. */
interface Report {
  violations: string[];
  errors: string[];
  warnings: string[];
}

/** Records every `securitypolicyviolation` and Floke event from the first script on (installed through DevTools). */
function recordOnPage() {
  const w = window as unknown as { flokeLog: { violations: string[]; ready: string[]; selects: (string | null)[] } };
  w.flokeLog = { violations: [], ready: [], selects: [] };
  document.addEventListener(
    'securitypolicyviolation',
    (e) => w.flokeLog.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
  document.addEventListener('floke-ready', (e) => w.flokeLog.ready.push((e.target as Element).localName), true);
  document.addEventListener('floke-select', (e) => w.flokeLog.selects.push((e as CustomEvent<{ id: string | null }>).detail.id), true);
}

describe(
  'Floke self-hosted from dist-cdn under a strict CSP',
  { skip: !existsSync(executablePath) && `no Chromium at ${executablePath}` },
  () => {
    let site: string;
    let server: Server;
    let browser: Browser;

    before(async () => {
      site = mkdtempSync(join(tmpdir(), 'floke-cdn-'));
      mkdirSync(join(site, 'floke'));
      mkdirSync(join(site, 'data'));
      for (const file of CDN_FILES) copyFileSync(join(REPO, 'dist-cdn', file), join(site, 'floke', file));
      mkdirSync(join(site, 'trusted-types'));
      copyFileSync(join(REPO, 'tests/cdn/site/trusted-types.html'), join(site, 'trusted-types/index.html'));
      copyFileSync(join(REPO, 'examples/data/telemark-agder.json'), join(site, 'data/telemark-agder.json'));
      for (const file of readdirSync(join(REPO, 'tests/cdn/site')).filter((name) => name !== 'trusted-types.html'))
        copyFileSync(join(REPO, 'tests/cdn/site', file), join(site, file));
      // Pages under trusted-types/ (and what they load from there) also require Trusted Types for scripts.
      server = await serveStatic(site, PORT, (path) =>
        path.startsWith('/trusted-types/') ? `${STRICT_CSP}; require-trusted-types-for 'script'` : STRICT_CSP,
      );
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
    });
    after(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
      rmSync(site, { recursive: true, force: true });
    });

    /** Opens a page of the test site with the recorder in place; the report fills as the page runs. */
    async function open(path: string): Promise<{ page: Page; report: Report }> {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const report: Report = { violations: [], errors: [], warnings: [] };
      page.on('response', (response) => {
        // The browser asks for a favicon on its own; nothing of Floke's may be missing.
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
          report.errors.push(`${response.status()} ${response.url()}`);
      });
      page.on('pageerror', (error) => report.errors.push(String(error)));
      page.on('console', (message) => {
        // A missing file is reported below with its URL.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) report.errors.push(message.text());
        if (message.type() === 'warn') report.warnings.push(message.text());
        if (/Content Security Policy/i.test(message.text())) report.violations.push(message.text().replace(/\. Either.*/, ''));
      });
      // tsx compiles the functions handed to `evaluate` with esbuild's name keeping, which calls a `__name` helper.
      await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
      await page.evaluateOnNewDocument(recordOnPage);
      await page.goto(`http://127.0.0.1:${PORT}/${path}`);
      return { page, report };
    }

    /** Every violation the page saw, each with how often: from the console and from `securitypolicyviolation`. */
    const violationsOn = async (page: Page, report: Report) => {
      const all = [
        ...report.violations,
        ...(await page.evaluate(() => (window as unknown as { flokeLog: { violations: string[] } }).flokeLog.violations)),
      ];
      return [...new Set(all)].map((v) => `${all.filter((w) => w === v).length}× ${v}`);
    };

    it('the documented files are exactly what `npm run bundle` makes (besides source maps)', () => {
      const built = readdirSync(join(REPO, 'dist-cdn')).filter((file) => !file.endsWith('.map'));
      assert.deepEqual(built.sort(), [...CDN_FILES].sort());
    });

    it('draws every view from one script tag, lays out in Workers, and answers input with no CSP violation', async () => {
      const { page, report } = await open('index.html');
      await page.waitForFunction(
        (count) => (window as unknown as { flokeLog: { ready: string[] } }).flokeLog.ready.length >= count,
        { timeout: 60000 },
        VIEWS.length,
      );
      const drawn = await page.evaluate(() => {
        const marks = (tag: string, selector: string) => document.querySelector(tag)!.shadowRoot!.querySelectorAll(selector).length;
        const thread = (tag: string) => (document.querySelector(tag) as unknown as { layoutThread?: string }).layoutThread;
        return {
          summary: document.querySelector('floke-summary')!.shadowRoot!.textContent!.trim().length > 200,
          iceberg: marks('floke-iceberg', 'g.chip[data-id]') > 5,
          horizons: marks('floke-horizons', 'g.marker[data-id]') > 5,
          loops: marks('floke-causal-loops', 'g.node[data-id]') > 5,
          network:
            marks('floke-actor-network', 'canvas') > 0 &&
            (document.querySelector('floke-actor-network') as unknown as { layout?: unknown }).layout !== undefined,
          loopsThread: thread('floke-causal-loops'),
          networkThread: thread('floke-actor-network'),
        };
      });
      assert.deepEqual(await violationsOn(page, report), [], 'no violation on load');
      assert.deepEqual(drawn, {
        summary: true,
        iceberg: true,
        horizons: true,
        loops: true,
        network: true,
        loopsThread: 'worker',
        networkThread: 'worker',
      });

      // A real click on the first mark of each SVG view selects it.
      for (const [tag, selector] of [
        ['floke-iceberg', 'g.chip[data-id] rect.chip-box'],
        ['floke-horizons', 'g.marker[data-id] circle'],
        ['floke-causal-loops', 'g.node[data-id] rect.node-box'],
      ] as const) {
        const target = await page.evaluate(
          (tag, selector) => {
            const mark = document.querySelector(tag)!.shadowRoot!.querySelector(selector)!;
            mark.scrollIntoView({ block: 'center' });
            const box = mark.getBoundingClientRect();
            return { id: (mark.closest('[data-id]') as SVGElement).dataset.id!, x: box.left + box.width / 2, y: box.top + box.height / 2 };
          },
          tag,
          selector,
        );
        await page.mouse.click(target.x, target.y);
        await page.waitForFunction(
          (tag, id) => document.querySelector(tag)!.getAttribute('selected') === id,
          { timeout: 5000 },
          tag,
          target.id,
        );
      }

      // Hover over 20 network nodes (each draws its partners' labels in the overlay), then click one.
      const points = await page.evaluate(() => {
        const el = document.querySelector('floke-actor-network') as unknown as HTMLElement & {
          layout: { network: { nodes: { id: string }[] } };
          positionOf(id: string): { x: number; y: number } | undefined;
          isVisible(id: string): boolean;
          transform: { x: number; y: number; k: number };
        };
        el.shadowRoot!.querySelector('.stage')!.scrollIntoView({ block: 'center' });
        const rect = el.shadowRoot!.querySelector('svg.overlay')!.getBoundingClientRect();
        const { x, y, k } = el.transform;
        return el.layout.network.nodes
          .filter((n) => el.isVisible(n.id))
          .slice(0, 20)
          .map((n) => {
            const p = el.positionOf(n.id)!;
            return { id: n.id, x: rect.left + p.x * k + x, y: rect.top + p.y * k + y };
          });
      });
      assert.equal(points.length, 20);
      for (const point of points) {
        await page.mouse.move(point.x, point.y);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
      const hovered = await page.evaluate(() => {
        const overlay = document.querySelector('floke-actor-network')!.shadowRoot!.querySelector('svg.overlay')!;
        const label = overlay.querySelector('text.label');
        const symbol = overlay.querySelector('path.symbol');
        return {
          labelPx: label ? parseFloat(getComputedStyle(label).fontSize) : 0,
          symbolFill: symbol ? getComputedStyle(symbol).fill : 'none',
        };
      });
      assert.ok(hovered.labelPx >= 12, `highlighted labels are ${hovered.labelPx} px`);
      assert.notEqual(hovered.symbolFill, 'rgb(0, 0, 0)', 'sector symbols keep their colour');
      await page.mouse.click(points[0]!.x, points[0]!.y);
      await page.waitForFunction(
        (id) => document.querySelector('floke-actor-network')!.getAttribute('selected') === id,
        { timeout: 5000 },
        points[0]!.id,
      );

      // FLOKE_SHOTS=<folder> keeps a picture of the network with a node selected, for a person to look at.
      if (process.env.FLOKE_SHOTS)
        await (await page.$('floke-actor-network'))!.screenshot({ path: join(process.env.FLOKE_SHOTS, 'cdn-csp-network-selected.png') });

      // Keys: the tab stop of the loops view, arrows to move, Enter to select.
      await page.evaluate(() =>
        (document.querySelector('floke-causal-loops')!.shadowRoot!.querySelector('g.node[tabindex="0"]') as SVGElement).focus(),
      );
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');

      // Search in every drawing view's toolbar.
      for (const tag of VIEWS.slice(1)) {
        const field = await page.evaluateHandle(
          (tag) => document.querySelector(tag)!.shadowRoot!.querySelector('input[type="search"]'),
          tag,
        );
        const input = field.asElement() as import('puppeteer-core').ElementHandle<HTMLInputElement> | null;
        assert.ok(input, `${tag} has a search field`);
        await input.type('skole');
        await page.keyboard.press('Escape');
      }
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));

      const selects = await page.evaluate(() => (window as unknown as { flokeLog: { selects: (string | null)[] } }).flokeLog.selects);
      assert.ok(selects.length >= 4, `floke-select arrived ${selects.length} times`);
      assert.deepEqual(await violationsOn(page, report), []);
      assert.deepEqual(report.errors, []);
      await page.close();
    });

    it('two copies of floke.js on one page: the second warns and the first keeps drawing', async () => {
      const { page, report } = await open('two-copies.html');
      await page.waitForFunction(() => (window as unknown as { flokeLog: { ready: string[] } }).flokeLog.ready.length >= 2, {
        timeout: 60000,
      });
      assert.deepEqual(report.errors, []);
      assert.ok(
        report.warnings.some((w) => w.includes('<floke-iceberg> is already defined by another copy of Floke')),
        `warnings: ${report.warnings.join(' | ')}`,
      );
      assert.deepEqual(await violationsOn(page, report), []);
      await page.close();
    });

    it('the iframe embed draws the view asked for in the language asked for, and the host page sizes it to fit', async () => {
      const { page, report } = await open('embed-host.html');
      const frameHeight = await page.waitForFunction(
        () => {
          const frame = document.querySelector('iframe')!;
          const view = frame.contentDocument?.querySelector('floke-iceberg') as (HTMLElement & { layout?: unknown }) | null;
          return view?.layout !== undefined && frame.getBoundingClientRect().height > 400 && frame.getBoundingClientRect().height;
        },
        { timeout: 60000 },
      );
      const inside = await page.evaluate(() => {
        const doc = document.querySelector('iframe')!.contentDocument!;
        return { lang: doc.documentElement.lang, height: Math.ceil(doc.documentElement.getBoundingClientRect().height) };
      });
      if (process.env.FLOKE_SHOTS) await page.screenshot({ path: join(process.env.FLOKE_SHOTS, 'cdn-embed-iframe.png'), fullPage: true });
      assert.equal(inside.lang, 'en');
      assert.equal(Math.round((await frameHeight.jsonValue()) as number), inside.height);
      assert.deepEqual(report.errors, []);
      assert.deepEqual(await violationsOn(page, report), []);
      await page.close();
    });

    it('under Trusted Types the layout Workers cannot start: each view says so once and lays out on the main thread', async () => {
      const { page, report } = await open('trusted-types/index.html');
      await page.waitForFunction(() => (window as unknown as { flokeLog: { ready: string[] } }).flokeLog.ready.length >= 3, {
        timeout: 60000,
      });
      const threads = await page.evaluate(() =>
        ['floke-causal-loops', 'floke-actor-network'].map(
          (tag) => (document.querySelector(tag) as unknown as { layoutThread?: string }).layoutThread,
        ),
      );
      assert.deepEqual(threads, ['main', 'main']);
      const notices = report.warnings.filter((w) => w.startsWith('[floke] The '));
      assert.equal(notices.length, 2, notices.join(' | '));
      assert.match(notices[0]!, /Worker could not be used .*laying out on the main thread/);
      // The browser itself reports each blocked Worker URL; nothing else may go wrong.
      assert.deepEqual(
        report.errors.filter((e) => !e.includes("requires 'TrustedScriptURL' assignment")),
        [],
      );
      await page.close();
    });
  },
);
