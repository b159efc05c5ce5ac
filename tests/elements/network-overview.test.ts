/**
 * `<floke-actor-network>` at national scale: above OVERVIEW_THRESHOLD visible actors it opens on its communities as
 * groups; a group opens by click or Enter into the detailed drawing fitted to its region, and a button goes back.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { generateActorDocument } from '../fixtures/generate-document.js';
import { drawnTexts } from './readability.js';
import { markPoint, clickAt, mount, root, settle, until, type FlokeActorNetwork, type Mounted } from './view-helpers.js';

describe('floke-actor-network overview of a large network', function () {
  this.timeout(60000);
  let mounted: Mounted<FlokeActorNetwork>;
  let el: FlokeActorNetwork;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeActorNetwork>('floke-actor-network', generateActorDocument(2000, 8000, 1), { width: 1150 });
    el = mounted.el;
    await settle(el);
  });
  after(() => mounted.remove());
  afterEach(() => resetMouse());

  const groups = () => [...root(el).querySelectorAll<SVGGElement>('svg.overview g.group')];

  it('opens on one group per community, each sized by its members and named, every text 12 px or more', () => {
    const communities = new Set([...el.network!.metrics.nodes.values()].map((n) => n.community)).size;
    expect(groups().length).to.equal(communities);
    expect(groups().length).to.be.greaterThan(5);
    const counts = groups().map((g) => Number(g.querySelector('.group-count')!.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(2000);
    for (const group of groups()) expect(group.getAttribute('aria-label')).to.match(/: \d+ aktører\. Åpne gruppen$/);
    expect(drawnTexts(el)[0]!.size).to.be.at.least(12);
    // The detailed drawing under it is out of the tab order while the overview is shown.
    expect(root(el).querySelector('svg.overlay')!.hasAttribute('inert')).to.equal(true);
  });

  it('moves between groups with the arrow keys and opens one with Enter, fitted to its region', async () => {
    // The topmost group: there is always a group below it.
    const cy = (g: SVGGElement) => Number(g.querySelector('circle')!.getAttribute('cy'));
    const first = groups().sort((a, b) => cy(a) - cy(b))[0]!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const moved = root(el).activeElement as SVGGElement;
    expect(moved.matches('g.group')).to.equal(true);
    expect(moved.dataset.key).to.not.equal(first.dataset.key);
    expect(cy(moved)).to.be.greaterThan(cy(first));
    const before = el.transform.k;
    await sendKeys({ press: 'Enter' });
    await settle(el, 3);
    expect(root(el).querySelector('svg.overview')).to.equal(null);
    expect(root(el).querySelector('svg.overlay')!.hasAttribute('inert')).to.equal(false);
    expect(el.transform.k, 'zoomed in on the group').to.be.greaterThan(before);
    expect((root(el).activeElement as Element | null)?.matches('svg.overlay g.node')).to.equal(true);
  });

  it('goes back to the overview with its button, focus on the group that was open', async () => {
    const back = root(el).querySelector<HTMLButtonElement>('button.overview-back')!;
    expect(back.textContent!.trim()).to.equal('← Tilbake til oversikten');
    back.click();
    await settle(el);
    await until(() => (root(el).activeElement as Element | null)?.matches('svg.overview g.group'), 'focus on a group');
  });

  it('opens a group with a click on it', async () => {
    const group = groups()[2]!;
    await clickAt(markPoint(group.querySelector('circle')!));
    await settle(el, 3);
    expect(root(el).querySelector('svg.overview')).to.equal(null);
    root(el).querySelector<HTMLButtonElement>('button.overview-back')!.click();
    await settle(el);
  });

  it('shows no overview once a filter leaves fewer actors than the threshold', async () => {
    el.sectors = ['research'];
    el.levels = ['national'];
    await settle(el, 3);
    expect(el.visibility!.visibleNodeCount).to.be.within(1, 300);
    expect(root(el).querySelector('svg.overview')).to.equal(null);
    expect(root(el).querySelector('svg.overlay')!.hasAttribute('inert')).to.equal(false);
    el.sectors = undefined;
    el.levels = undefined;
    await settle(el, 3);
    expect(groups().length).to.be.greaterThan(5);
  });

  it('groups by sector when the reader chooses it, each group named as the legend names it', async () => {
    const sectorRadio = root(el).querySelector<HTMLInputElement>('.overview-grouping input[value="sector"]')!;
    expect(root(el).querySelector<HTMLInputElement>('.overview-grouping input:checked')!.value).to.equal('community');
    sectorRadio.click();
    await settle(el, 3);
    expect(el.overviewBy).to.equal('sector');
    expect(el.getAttribute('overview-by')).to.equal('sector');
    const legendNames = [...root(el).querySelectorAll('.sector-legend label')].map((l) => l.textContent!.trim());
    // A long name wraps onto two lines under its circle.
    const names = groups().map((g) => [...g.querySelectorAll('.label')].map((line) => line.textContent!.trim()).join(' '));
    expect(names).to.have.length(6);
    for (const name of names) expect(legendNames, name).to.include(name);
    expect(root(el).querySelector('svg.overview')!.getAttribute('aria-label')).to.equal(
      'Oversikt: 6 grupper etter sektor. Enter åpner en gruppe.',
    );
    // The choice keeps focus, so the arrow keys go on choosing.
    expect((root(el).activeElement as HTMLInputElement | null)?.value).to.equal('sector');
  });

  it('opens a sector as the drawing filtered to it, and puts the filter back on the way back', async () => {
    const group = groups().find((g) => g.dataset.key === 'research')!;
    group.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, 3);
    expect(el.sectors).to.deep.equal(['research']);
    expect(root(el).querySelector('svg.overview')).to.equal(null);
    const shown = el.network!.network.nodes.filter((n) => el.isVisible(n.id));
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((n) => n.kind !== 'actor' || n.sector === 'research')).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('button.overview-back')!.click();
    await settle(el, 3);
    expect(el.sectors).to.equal(undefined);
    await until(() => (root(el).activeElement as SVGGElement | null)?.dataset?.key === 'research', 'focus back on the sector');
  });

  it('lists the groups in the text alternative: members, ties inside, and the groups each works with most', async () => {
    el.overviewBy = 'level';
    await settle(el, 3);
    const details = root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!;
    details.open = true;
    await until(() => root(el).querySelector('table.groups') !== null, 'the groups table');
    const rows = [...root(el).querySelectorAll('table.groups tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent)).to.deep.equal(['Lokalt', 'Regionalt', 'Nasjonalt']);
    const members = rows.map((r) => Number(r.querySelectorAll('td')[0]!.textContent));
    expect(members.reduce((a, b) => a + b, 0)).to.equal(2000);
    const overview = groups();
    expect(members).to.deep.equal(overview.map((g) => Number(g.querySelector('.group-count')!.textContent)));
    // Each level works with the other two, heaviest first, with the summed weight in brackets.
    expect(rows[0]!.querySelectorAll('td')[2]!.textContent).to.match(/^(Regionalt|Nasjonalt) \(\d+\), (Regionalt|Nasjonalt) \(\d+\)$/);
    details.open = false;
    el.overviewBy = 'community';
    await settle(el, 3);
  });
});
