// The views `floke render` draws, apart from the renderer so that other commands load without fonts or resvg.
export const VIEWS = ['iceberg', 'horizons', 'network', 'loops'] as const;
export type ViewName = (typeof VIEWS)[number];
