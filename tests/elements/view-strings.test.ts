/**
 * Issue #17, size: the actor network's texts (`network`) come only with the view that draws the network, so the other
 * views' bundles leave them out; overrides of them still reach the network view.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import '../../packages/elements/dist/iceberg.js';
import '../../packages/elements/dist/actor-network.js';
import type { FlokeActorNetwork, FlokeIceberg } from './view-helpers.js';

describe('the network texts', () => {
  it('are not among the texts of a view without the network', () => {
    const iceberg = document.createElement('floke-iceberg') as FlokeIceberg;
    expect(Object.keys(iceberg.uiStrings)).to.not.include('network');
  });

  it('are among the network view texts, with the overrides of `strings` applied', () => {
    const network = document.createElement('floke-actor-network') as FlokeActorNetwork;
    network.strings = { network: { laying: 'Tegner nettverket …' } };
    expect([network.uiStrings.network.laying, network.uiStrings.network.legend]).to.deep.equal(['Tegner nettverket …', 'Tegnforklaring']);
  });
});
