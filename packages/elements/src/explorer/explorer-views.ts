/** The explorer's views, in tab order: the overview first, then the four drawings. */
export const EXPLORER_VIEWS = ['overview', 'iceberg', 'horizons', 'network', 'loops'] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

/** Whether a string names one of the explorer's views. */
export const isExplorerView = (value: unknown): value is ExplorerView => (EXPLORER_VIEWS as readonly unknown[]).includes(value);
