import type { PortfolioSliceFigures } from '@mieux/domain';

/** A Portfolio is its key (the canonical filter); its figures come from the read model. */
export interface PortfolioRef {
  key: string;
}

/** A slice with its figures, computed with its portfolio. */
export interface PortfolioSliceRef extends PortfolioSliceFigures {
  id: string;
}
