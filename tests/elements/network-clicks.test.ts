/**
 * Issue #13, the actor network's share of "a click on the centre of every marker and every label selects that
 * element": on the Telemark example at 1280 px, a real click on the centre of every node's symbol and of every label
 * the canvas draws selects that node. The canvas has no DOM to hit; the view's hit test must agree with its painting.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import {
  TELEMARK,
  clickAt,
  loadJson,
  moveTo,
  mount,
  pointOf,
  root,
  settle,
  until,
  type FlokeActorNetwork,
  type Mounted,
} from './view-helpers.js';

describe('floke-actor-network: a click on a node or its label selects it', function () {
  this.timeout(180000);
  let mounted: Mounted<FlokeActorNetwork>;
  let el: FlokeActorNetwork;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(TELEMARK), { width: 1232 });
    el = mounted.el;
    await until(() => el.drawnLabels.length > 0, 'labels painted');
  });
  after(() => mounted.remove());
  afterEach(() => resetMouse());

  /** Clicks a client point with the real mouse and returns what is then selected, leaving the view at rest. */
  async function selectedByClickAt(point: [number, number]): Promise<string | undefined> {
    await clickAt(point);
    await settle(el);
    const selected = el.selected;
    el.selected = undefined;
    (root(el).activeElement as HTMLElement | null)?.blur();
    await moveTo([1, 1]);
    await settle(el, 3);
    return selected;
  }

  it('selects every visible node by a click on the centre of its symbol', async () => {
    const ids = el.layout!.network.nodes.map((n) => n.id).filter((id) => el.isVisible(id));
    expect(ids.length).to.be.greaterThan(20);
    const wrong: string[] = [];
    for (const id of ids) {
      const selected = await selectedByClickAt(pointOf(el, id));
      if (selected !== id) wrong.push(`${id} → ${selected}`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('selects the node of every label the canvas draws by a click on the centre of the label', async () => {
    root(el).querySelector('.stage')!.scrollIntoView({ block: 'center' });
    await settle(el, 3);
    const atRest = el.drawnLabels.map((l) => l.id);
    expect(atRest.length, 'labels drawn at rest').to.be.greaterThan(10);
    const wrong: string[] = [];
    for (const id of atRest) {
      // Where the label is drawn now (at rest), on screen.
      const label = el.drawnLabels.find((l) => l.id === id);
      if (!label) {
        wrong.push(`${id}: its label is no longer drawn at rest`);
        continue;
      }
      const rect = root(el).querySelector('svg.overlay')!.getBoundingClientRect();
      const centre: [number, number] = [rect.left + (label.box.x0 + label.box.x1) / 2, rect.top + (label.box.y0 + label.box.y1) / 2];
      const selected = await selectedByClickAt(centre);
      if (selected !== id) wrong.push(`label of ${id} → ${selected}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});
