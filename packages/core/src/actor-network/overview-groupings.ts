// When the overview opens and what it groups by, apart from the overview's code: views read these on every render,
// and bundlers split code by module, so the overview's layout can stay in a chunk loaded only for large networks.

/**
 * Above this many visible nodes the view starts at the overview. At 1280×900 the drawing gets about 900×576 px;
 * a node with its 12 px label needs a box of about 110×45 px plus gaps, so about 100 labelled nodes fit at zoom 1.
 * At 300 the fitted zoom is near 0.5: symbols of 3–8 px, at most a third of the labels, and a hundred or more ties
 * per community crossing each other — the point where groups read better than nodes. Communities of the generated
 * networks hold about 60 actors, so 300 actors make about five meta-nodes: still worth expanding, never a lone blob.
 */
export const OVERVIEW_THRESHOLD = 300;

/** What the overview groups nodes by: Louvain communities, sectors, or levels (the document has no municipality field). */
export const OVERVIEW_GROUPINGS = ['community', 'sector', 'level'] as const;
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number];
