/**
 * Worker tests that can fail: the loops and network views say where their layout was computed (`layoutThread`), so a
 * Worker script that does not load (a wrong URL, a strict CSP) shows up as `main` instead of passing silently.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { TELEMARK, loadJson, mount, type FlokeActorNetwork, type FlokeCausalLoops, type Mounted } from './view-helpers.js';

describe('floke-causal-loops lays out in a Worker', function () {
  this.timeout(30000);
  let worker: Mounted<FlokeCausalLoops>;
  let main: Mounted<FlokeCausalLoops>;

  before(async () => {
    worker = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK));
    main = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), { attributes: { 'no-worker': '' } });
  });
  after(() => {
    worker.remove();
    main.remove();
  });

  it("computes its layout in the Worker by default (layoutThread is 'worker')", () => {
    expect(worker.el.layoutThread).to.equal('worker');
  });

  it("computes it on the main thread with no-worker (layoutThread is 'main')", () => {
    expect(main.el.layoutThread).to.equal('main');
  });

  it('draws the same diagram either way: loops, codes and every position', () => {
    expect(worker.el.layout!.loops.length).to.be.greaterThan(10);
    expect(main.el.layout).to.deep.equal(worker.el.layout);
  });
});

describe('floke-actor-network lays out in a Worker', function () {
  this.timeout(30000);
  let worker: Mounted<FlokeActorNetwork>;
  let main: Mounted<FlokeActorNetwork>;

  before(async () => {
    worker = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(TELEMARK));
    main = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(TELEMARK), { attributes: { 'no-worker': '' } });
  });
  after(() => {
    worker.remove();
    main.remove();
  });

  it("computes its layout in the Worker by default (layoutThread is 'worker')", () => {
    expect(worker.el.layoutThread).to.equal('worker');
  });

  it("computes it on the main thread with no-worker (layoutThread is 'main')", () => {
    expect(main.el.layoutThread).to.equal('main');
  });

  it('draws the same network either way: nodes, ties, metrics and every position', () => {
    expect(worker.el.network!.layout.nodes.length).to.be.greaterThan(50);
    // Everything but how long it took.
    const drawn = (el: FlokeActorNetwork) => ({ ...el.network!, timing: undefined });
    expect(drawn(main.el)).to.deep.equal(drawn(worker.el));
  });
});
