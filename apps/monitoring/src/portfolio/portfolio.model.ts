/** A portfolio as the gateway sends it here: its key, and the sets the actions service resolved. */
export interface PortfolioRepresentation {
  key: string;
  activityIds?: string[];
  actionIds?: string[];
  activityIdsSignature?: string;
  actionIdsSignature?: string;
}

/** A slice of a portfolio, likewise. */
export interface PortfolioSliceRepresentation {
  id: string;
  activityIds?: string[];
  actionIds?: string[];
  activityIdsSignature?: string;
  actionIdsSignature?: string;
}
