// Prints a screen-reader-style transcript of the treadmill story and one loop tour in the Telemark example: after each
// key, the focused element's role and accessible name and what the live regions say, read from Chromium's
// accessibility tree (CDP Accessibility.getFullAXTree), not from the DOM.
//
//   npm run build && node scripts/transcript.mjs [--lang nb|nn|en] [--port 8131 | --url http://localhost:8000]
//
// It serves the repository with @web/dev-server on `--port` (or uses a server already running at `--url`) and drives
// Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const lang = arg('lang', 'nb');
const given = arg('url', undefined);
const port = Number(arg('port', process.env.PORT ?? 8131));
const origin = given ?? `http://localhost:${port}`;

const server = given
  ? undefined
  : await startDevServer({
      config: { rootDir: '.', port, nodeResolve: true },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--force-prefers-reduced-motion'],
  headless: true,
});

/** The accessibility tree as CDP gives it, with a text reader for a node's subtree. */
async function axTree(client) {
  const { nodes } = await client.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const prop = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;
  const textOf = (node) => {
    const parts = [];
    const stack = [node];
    while (stack.length) {
      const current = stack.pop();
      if (current.role?.value === 'StaticText' || current.role?.value === 'InlineTextBox') {
        if (current.role.value === 'StaticText') parts.push(current.name?.value ?? '');
        continue;
      }
      for (const id of [...(current.childIds ?? [])].reverse()) if (byId.has(id)) stack.push(byId.get(id));
    }
    return parts.join('').replace(/\s+/g, ' ').trim();
  };
  const focused = nodes.find((node) => prop(node, 'focused') === true && node.role?.value !== 'RootWebArea');
  // Live region roots: nodes that carry `live` and whose parent does not (their text is what is spoken).
  const live = nodes.filter((node) => {
    if (!prop(node, 'live') || prop(node, 'live') === 'off') return false;
    const parent = node.parentId && byId.get(node.parentId);
    return !(parent && prop(parent, 'live') && prop(parent, 'live') !== 'off');
  });
  return {
    focus: focused ? `${focused.role?.value} «${focused.name?.value ?? ''}»` : '(nothing focused)',
    live: live.map(textOf).filter(Boolean),
  };
}

/** Prints what a screen reader would get after an action: the focus, and each live region whose text changed. */
function reporter() {
  let heard = new Set();
  return async (client, action) => {
    const { focus, live } = await axTree(client);
    console.log(`\n▸ ${action}\n  focus: ${focus}`);
    for (const text of live) if (!heard.has(text)) console.log(`  live:  ${text}`);
    heard = new Set(live);
  };
}

const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))));

async function open(url, ready) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForFunction(ready, { timeout: 30000 });
  await settle(page);
  return { page, client: await page.createCDPSession() };
}

try {
  console.log(`# Transcript (${lang}): the treadmill story, then a loop tour\n\n## Story «tredemolla», played with the keyboard`);
  {
    const { page, client } = await open(`${origin}/examples/story.html?lang=${lang}#story=tredemolla&step=1`, () =>
      document.querySelector('floke-story')?.shadowRoot?.querySelector('button.next'),
    );
    const say = reporter();
    await page.evaluate(() => document.querySelector('floke-story').shadowRoot.querySelector('button.next').focus());
    await settle(page);
    await say(client, 'Tab to «Neste steg» (step 1)');
    for (let step = 2; step <= 10; step++) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      await say(client, `ArrowRight (step ${step})`);
    }
    await page.keyboard.press('ArrowRight');
    await settle(page);
    await say(client, 'ArrowRight at the last step');
    await page.close();
  }

  console.log('\n## Loop tour of R3 Prosjekttredemølla, from the keyboard (L, then Enter, arrows, Esc)');
  {
    const { page, client } = await open(`${origin}/examples/causal-loops.html?lang=${lang}`, () =>
      document.querySelector('floke-causal-loops')?.shadowRoot?.querySelector('[data-tour-loop]'),
    );
    const say = reporter();
    await page.evaluate(() => document.querySelector('floke-causal-loops').focusElement('kortsiktige-prosjekter'));
    await settle(page);
    await say(client, 'Focus on the factor «Kortsiktige prosjekter»');
    await page.keyboard.press('l');
    await settle(page);
    await say(client, 'L');
    await page.keyboard.press('Enter');
    await settle(page);
    await say(client, 'Enter');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      await say(client, 'ArrowRight');
    }
    await page.keyboard.press('Escape');
    await settle(page);
    await say(client, 'Esc');
    await page.close();
  }
} finally {
  await browser.close();
  await server?.stop();
}
