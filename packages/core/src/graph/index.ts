// Graph algorithms on plain index-based graphs, for any view: Brandes betweenness on typed arrays and seeded Louvain.
export { compactGraph, betweennessCentrality, type CompactGraph, type BetweennessOptions } from './betweenness.js';
export { louvain, modularity, type WeightedEdge, type LouvainOptions, type LouvainResult } from './louvain.js';
