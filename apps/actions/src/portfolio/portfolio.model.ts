/** A Portfolio entity is its key; the figures are computed from the selection the key describes. */
export interface PortfolioModel {
  key: string;
}

export interface PortfolioSliceModel {
  id: string;
}
