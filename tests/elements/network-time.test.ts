/**
 * `<floke-actor-network>` over time: the "Per dato" control, history drawn and listed apart, former actors named as
 * such, positions that never move, and the example's 2021 and 2026 networks. Most tests run on a small fixture
 * (tests/fixtures/network-over-time.json: Vestfold og Telemark fylkeskommune 2020–2023, Telemark fylkeskommune from
 * 2024, initiatives that ended in 2021 and 2024, one running since 2021, one of 2026-02 to 2027-01, and "now" March
 * 2026); the last asserts only what must hold on the example whatever its details.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { TELEMARK, activeId, loadJson, mount, reset, root, settle, until, type FlokeActorNetwork, type Mounted } from './view-helpers.js';

const FIXTURE = '/tests/fixtures/network-over-time.json';
const DIRECT = ['collaborates', 'funds', 'informs'];

/** The shown ties, as `source-target`, that are current (or history) as of the date shown. */
const ties = (el: FlokeActorNetwork, past: boolean) =>
  el.network!.network.ties.flatMap((t, i) =>
    el.visibility!.ties[i] && el.visibility!.historic[i] === past ? [`${t.source}-${t.target}`] : [],
  );
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const asOfSelect = (el: FlokeActorNetwork) => root(el).querySelector<HTMLSelectElement>('select[data-filter="as-of"]')!;
/** The text of the label a control is named by (its own text nodes, without the options). */
const labelOf = (control: HTMLSelectElement) =>
  [...control.labels[0]!.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
/** Chooses a date in the "Per dato" control as a user does (a change event). */
async function choose(el: FlokeActorNetwork, value: string): Promise<void> {
  const select = asOfSelect(el);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}
/** Opens the text alternative and returns the rows of one of its tables, as text. */
async function tableRows(el: FlokeActorNetwork, selector: string): Promise<string[]> {
  const details = root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!;
  if (!details.open) {
    details.open = true;
    await until(() => root(el).querySelector('table.actors'), 'tables rendered');
  }
  return [...root(el).querySelectorAll(`${selector} tbody tr`)].map((row) => text(row));
}
const panelList = (el: FlokeActorNetwork, selector: string) =>
  [...root(el).querySelectorAll(`.panel ${selector} li button`)].map((b) => text(b)).sort();

describe('floke-actor-network over time', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeActorNetwork>;
  let el: FlokeActorNetwork;

  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    mounted = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(FIXTURE));
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(async () => {
    await reset(el);
    el.removeAttribute('as-of');
    el.hideHistory = false;
    const details = root(el).querySelector<HTMLDetailsElement>('details.text-alternative');
    if (details) details.open = false;
    await settle(el);
  });

  it('shows the network as of the document\'s "now" by default, chosen in a control labelled "Per dato"', () => {
    expect(el.filter.asOf).to.equal('2026-03');
    const select = asOfSelect(el);
    expect(labelOf(select)).to.equal('Per dato');
    expect(text(select.selectedOptions[0])).to.equal('mars 2026 (nå)');
  });

  it('offers all time and every year in which an initiative or actor starts or ends, and the year after an end', () => {
    expect([...asOfSelect(el).options].map((o) => o.value)).to.deep.equal([
      'all',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2026-03',
      '2027',
      '2028',
    ]);
    expect(text(asOfSelect(el).options[0])).to.equal('Alle år');
  });

  it('changes which ties are current when a year is chosen, and reflects it in as-of', async () => {
    await choose(el, '2021');
    expect(el.getAttribute('as-of')).to.equal('2021');
    expect(ties(el, false)).to.deep.equal([
      'agder-fk-ks',
      'agder-fk-redd-barna',
      'faerder-hdir',
      'faerder-midt-telemark',
      'faerder-vtfk',
      'hdir-larvik',
      'hdir-midt-telemark',
      'hdir-vtfk',
      'ks-redd-barna',
      'larvik-vtfk',
      'midt-telemark-vtfk',
    ]);
    expect(ties(el, true)).to.deep.equal([]);
    await choose(el, '2025');
    expect(ties(el, false)).to.deep.equal([
      'agder-fk-ks',
      'agder-fk-redd-barna',
      'agder-fk-telemark-fk',
      'ks-redd-barna',
      'ks-telemark-fk',
      'redd-barna-telemark-fk',
    ]);
    expect(ties(el, true)).to.deep.equal([
      'faerder-hdir',
      'faerder-midt-telemark',
      'faerder-vtfk',
      'hdir-larvik',
      'hdir-midt-telemark',
      'hdir-vtfk',
      'larvik-vtfk',
      'midt-telemark-vtfk',
    ]);
  });

  it('hides what did not exist yet at the date: Telemark fylkeskommune before 2024', async () => {
    await choose(el, '2023');
    expect(el.isVisible('telemark-fk')).to.equal(false);
    expect(root(el).querySelector('.toolbar .status')!.textContent).to.equal('Viser 9 av 10');
    await choose(el, '2024');
    expect(el.isVisible('telemark-fk')).to.equal(true);
  });

  it('moves the date with the arrow keys in the focused control', async () => {
    root(el).querySelector<HTMLDetailsElement>('details.filter-menu')!.open = true;
    asOfSelect(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.asOf).to.equal('2026');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.asOf).to.equal('2025');
  });

  it('moves a tie to history in the panel and the tables when its initiative ends', async () => {
    el.asOf = '2024';
    el.selected = 'midt-telemark';
    await settle(el);
    expect(panelList(el, '.partners:not(.past)')).to.deep.equal(['Færder kommune', 'Helsedirektoratet']);
    expect(await tableRows(el, 'table.ties:not(.past)')).to.include(
      'Helsedirektoratet og Midt-Telemark kommune: 1 felles satsing (Sammen Mot (test)) 1',
    );
    el.asOf = '2025';
    await settle(el);
    expect(panelList(el, '.partners:not(.past)')).to.deep.equal([]);
    expect(panelList(el, '.partners.past')).to.deep.equal([
      'Færder kommune',
      'Helsedirektoratet',
      'Vestfold og Telemark fylkeskommune (fantes til 2023)',
    ]);
    expect([...root(el).querySelectorAll('.panel .heading-sub')].map((h) => text(h))).to.deep.equal([
      'Satsinger (1)',
      'Samarbeidspartnere (0)',
      'Tidligere samarbeid (3)',
      'Tema',
    ]);
    expect(await tableRows(el, 'table.ties:not(.past)')).not.to.include.members([
      'Helsedirektoratet og Midt-Telemark kommune: 1 felles satsing (Sammen Mot (test) (avsluttet 2024)) 1',
    ]);
    expect(await tableRows(el, 'table.ties.past')).to.include(
      'Helsedirektoratet og Midt-Telemark kommune: 1 felles satsing (Sammen Mot (test) (avsluttet 2024)) 1',
    );
    expect(text(root(el).querySelector('#ties-past-heading'))).to.equal('Tidligere samarbeid (8)');
  });

  it('names a former actor as such in its accessible name, the panel and the tables, from the year after it ended', async () => {
    el.asOf = '2023';
    await settle(el);
    el.focusElement('vtfk');
    await settle(el);
    expect(activeId(el)).to.equal('vtfk');
    expect(root(el).querySelector('g.node')!.getAttribute('aria-label')).to.equal(
      'Vestfold og Telemark fylkeskommune. Regionalt, offentlig. 3 samarbeidspartnere og 1 tidligere, 2 satsinger.',
    );
    el.asOf = '2024';
    await settle(el);
    expect(root(el).querySelector('g.node')!.getAttribute('aria-label')).to.equal(
      'Vestfold og Telemark fylkeskommune (fantes til 2023). Regionalt, offentlig. 0 samarbeidspartnere og 4 tidligere, 2 satsinger.',
    );
    expect(text(root(el).querySelector('.panel .heading-section'))).to.equal('Vestfold og Telemark fylkeskommune (fantes til 2023)');
    await tableRows(el, 'table.actors');
    expect(text(root(el).querySelector('table.actors tr[data-id="vtfk"] th'))).to.equal(
      'Vestfold og Telemark fylkeskommune (fantes til 2023)',
    );
  });

  it('draws a former actor hollow and struck through, not by colour alone, in the export and the legend', async () => {
    const legend = () => [...root(el).querySelectorAll('.legend li')].map((li) => text(li));
    const exported = () => new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    el.asOf = '2023';
    await settle(el);
    expect(exported().querySelectorAll('path.symbol.former, line.strike')).to.have.length(0);
    expect(legend()).not.to.include('Overstreket: finnes ikke lenger eller er avsluttet');
    el.asOf = '2024';
    await settle(el);
    const svg = exported();
    expect(svg.querySelectorAll('path.symbol.former.sector-public')).to.have.length(1);
    expect(svg.querySelectorAll('line.strike')).to.have.length(1);
    expect(svg.querySelectorAll('path.symbol')).to.have.length(10);
    expect(legend()).to.include('Overstreket: finnes ikke lenger eller er avsluttet');
    // Highlighted, it keeps its marks, and its past ties stay thin.
    el.selected = 'vtfk';
    await settle(el);
    expect(root(el).querySelectorAll('.highlight path.symbol.former, .highlight line.strike')).to.have.length(2);
    expect([...root(el).querySelectorAll('.highlight line.tie')].map((line) => line.getAttribute('class'))).to.deep.equal(
      Array(4).fill('tie highlight past'),
    );
  });

  it('exports past ties thinner than any current tie, and names them in the legend', async () => {
    el.asOf = '2025';
    await settle(el);
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const widths = (selector: string) => [...svg.querySelectorAll(selector)].map((line) => Number(line.getAttribute('stroke-width')));
    expect(widths('line.tie.past')).to.deep.equal(Array(8).fill(0.5));
    expect(widths('line.tie:not(.past)')).to.have.length(6);
    expect(Math.min(...widths('line.tie:not(.past)'))).to.equal(0.9);
    expect([...root(el).querySelectorAll('.legend li')].map((li) => text(li))).to.include('Tynn, svak linje: tidligere samarbeid');
  });

  it('hides history on request, and offers that only as of a date', async () => {
    const checkbox = () => root(el).querySelector<HTMLInputElement>('input[data-filter="hide-history"]');
    checkbox()!.click();
    await settle(el);
    expect(el.hasAttribute('hide-history')).to.equal(true);
    expect(ties(el, true)).to.deep.equal([]);
    expect(ties(el, false)).to.have.length(8);
    expect(el.isVisible('vtfk')).to.equal(false);
    await choose(el, 'all');
    expect(checkbox()).to.equal(null);
    expect(el.isVisible('vtfk')).to.equal(true);
  });

  it('shows all time with as-of="all", where nothing is history', async () => {
    el.setAttribute('as-of', 'all');
    await settle(el);
    expect(el.filter.asOf).to.equal(undefined);
    expect(asOfSelect(el).value).to.equal('all');
    expect(el.visibility!.historic.some(Boolean) || el.visibility!.former.some(Boolean)).to.equal(false);
    expect(el.network!.network.nodes.every((n) => el.isVisible(n.id))).to.equal(true);
  });

  it('never moves a node when the date changes', async () => {
    const view = el.network;
    const positions = () => el.network!.network.nodes.map((n) => el.positionOf(n.id));
    const before = positions();
    for (const date of ['2019', '2021', '2025', 'all', '2028']) {
      await choose(el, date);
      expect(el.network, date).to.equal(view);
      expect(positions(), date).to.deep.equal(before);
    }
  });

  it('says it in English too', async () => {
    const english = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(FIXTURE), {
      lang: 'en',
      attributes: { 'as-of': '2025', selected: 'vtfk' },
    });
    try {
      await settle(english.el);
      expect(labelOf(asOfSelect(english.el))).to.equal('As of');
      expect(text(root(english.el).querySelector('.panel .heading-section'))).to.equal(
        'Vestfold og Telemark fylkeskommune (existed until 2023)',
      );
      expect([...root(english.el).querySelectorAll('.panel .heading-sub')].map((h) => text(h))).to.include('Past collaboration (4)');
    } finally {
      english.remove();
    }
  });
});

describe('floke-actor-network over time: brokers', function () {
  this.timeout(30000);

  it('calls only brokers of the network as it stood: a county that ceased to exist is no broker after', async () => {
    const partners = ['midt-telemark', 'larvik', 'faerder', 'skien', 'porsgrunn'];
    const data = {
      floke: '1.0',
      title: 'Test: et navlet fylke',
      elements: [
        { id: 'vtfk', kind: 'actor', label: 'Vestfold og Telemark fylkeskommune', period: { start: '2020', end: '2023' } },
        ...partners.map((id) => ({ id, kind: 'actor', label: `${id} kommune` })),
      ],
      relations: [
        ...partners.map((id) => ({ from: 'vtfk', to: id, type: 'collaborates' })),
        { from: 'larvik', to: 'faerder', type: 'collaborates' },
      ],
    };
    const { el, remove } = await mount<FlokeActorNetwork>('floke-actor-network', data, { attributes: { 'as-of': '2023' } });
    try {
      await settle(el);
      expect(el.metrics!.brokers).to.deep.equal(['vtfk']);
      expect(text(root(el).querySelector('.panel li'))).to.equal('Vestfold og Telemark fylkeskommune');
      el.asOf = '2024';
      await settle(el);
      expect(el.metrics!.brokers).to.deep.equal([]);
      expect(root(el).querySelectorAll('.panel li')).to.have.length(0);
      expect(el.describeNode(el.network!.network.nodes.findIndex((n) => n.id === 'vtfk'))).not.to.contain('Megler');
    } finally {
      remove();
    }
  });
});

describe('floke-actor-network over time: the canvas', function () {
  this.timeout(30000);

  it('paints past ties fainter than current ones, and a former actor hollow', async () => {
    const actor = (id: string, extra = {}) => ({ id, kind: 'actor', label: id.toUpperCase(), level: 'local', sector: 'public', ...extra });
    const data = {
      floke: '1.0',
      title: 'Test: bånd over tid',
      elements: [
        actor('a'),
        actor('b'),
        actor('c'),
        actor('d'),
        actor('gone', { period: { start: '2015', end: '2020' } }),
        { id: 'old', kind: 'initiative', label: 'Old', period: { start: '2019', end: '2020' } },
      ],
      relations: [
        { from: 'a', to: 'old', type: 'participates' },
        { from: 'b', to: 'old', type: 'participates' },
        { from: 'c', to: 'd', type: 'collaborates' },
        { from: 'gone', to: 'd', type: 'collaborates' },
        { from: 'c', to: 'gone', type: 'collaborates' },
      ],
    };
    const { el, remove } = await mount<FlokeActorNetwork>('floke-actor-network', data, { attributes: { 'as-of': '2025' } });
    try {
      const canvas = root(el).querySelector('canvas')!;
      const context = canvas.getContext('2d')!;
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      /** The darkest channel of the darkest pixel within 2 px of a screen point (a hairline may fall between pixels). */
      const darkest = (x: number, y: number) => {
        const { data: pixels } = context.getImageData(Math.round(x * ratio) - 2, Math.round(y * ratio) - 2, 5, 5);
        let min = 255;
        for (let i = 0; i < pixels.length; i += 4) min = Math.min(min, pixels[i]!, pixels[i + 1]!, pixels[i + 2]!);
        return min;
      };
      const { width, height } = canvas.getBoundingClientRect();
      /** Centres the view on a layout point at zoom k, waits for the tie bitmap, and reads the darkness there. */
      const at = async (point: { x: number; y: number }, k: number, offset = { x: 0, y: 0 }) => {
        el.setTransform({ x: width / 2 - point.x * k, y: height / 2 - point.y * k, k });
        for (let i = 0; i < 12; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        return darkest(width / 2 + offset.x * k, height / 2 + offset.y * k);
      };
      const third = (from: string, to: string) => {
        const [p, q] = [el.positionOf(from)!, el.positionOf(to)!];
        return { x: p.x + (q.x - p.x) / 3, y: p.y + (q.y - p.y) / 3 };
      };
      const past = await at(third('a', 'b'), 1);
      const current = await at(third('c', 'd'), 1);
      expect(past, 'a past tie is drawn').to.be.lessThan(250);
      expect(past - current, 'a past tie is much fainter than a current one').to.be.greaterThan(60);
      // Inside the symbol, off the strike (which runs lower left to upper right): the ground shows through.
      const inside = (id: string) => {
        const n = el.network!.layout.nodes.find((node) => node.id === id)!;
        return at(n, 3, { x: n.radius * 0.3, y: n.radius * 0.3 });
      };
      expect(await inside('gone'), 'a former actor is hollow').to.be.greaterThan(225);
      const outline = el.network!.layout.nodes.find((node) => node.id === 'gone')!;
      expect(await at(outline, 3, { x: 0, y: 1 - outline.radius }), 'and outlined').to.be.lessThan(180);
      const onStrike = { x: outline.radius * 0.35, y: -outline.radius * 0.35 };
      expect(await at(outline, 3, onStrike), 'and struck through, lower left to upper right').to.be.lessThan(120);
      expect(await inside('c'), 'a current actor is filled').to.be.lessThan(180);
    } finally {
      remove();
    }
  });
});

describe('floke-actor-network over time: the example', function () {
  this.timeout(30000);

  it('differs between 2021 and 2026, and no initiative that ended before 2026 alone makes a 2026 tie current', async () => {
    const { el, remove } = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(TELEMARK), {
      attributes: { 'as-of': '2021' },
    });
    try {
      await settle(el);
      const in2021 = ties(el, false);
      el.asOf = '2026';
      await settle(el);
      const in2026 = ties(el, false);
      const differ = in2021.some((t) => !in2026.includes(t)) || in2026.some((t) => !in2021.includes(t));
      expect(differ, 'the current ties of 2021 and 2026 differ').to.equal(true);
      const network = el.network!.network;
      const ended = (end: string | undefined) => end !== undefined && Number(end.slice(0, 4)) < 2026;
      const nodeEnded = (id: string) => ended(network.nodes.find((n) => n.id === id)!.period?.end);
      network.ties.forEach((tie, i) => {
        const current = el.visibility!.ties[i] && !el.visibility!.historic[i];
        const live = !nodeEnded(tie.source) && !nodeEnded(tie.target);
        const made = tie.types.some((type) => DIRECT.includes(type)) || tie.periods.length === 0 || tie.periods.some((p) => !ended(p.end));
        expect(current, `${tie.source}–${tie.target}`).to.equal(current && live && made);
      });
    } finally {
      remove();
    }
  });
});
