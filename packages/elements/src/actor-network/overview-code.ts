// The overview's grouping and layout (communities, their regions, a force layout of the groups), a chunk of its own:
// only networks above OVERVIEW_THRESHOLD actors need it.
export { networkOverview } from '@floke/core/actor-network';
