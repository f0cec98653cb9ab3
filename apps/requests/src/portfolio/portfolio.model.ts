/** A portfolio as the actions service keys it: its canonical filter. */
export interface PortfolioModel {
  key: string;
}

export interface PortfolioSliceModel {
  id: string;
}
