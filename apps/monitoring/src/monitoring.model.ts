/** Other services' entities as this one sees them: their keys, and the sets the gateway sends. */
export interface ActivityRef {
  id: string;
}

export interface ActionRef {
  id: string;
}

export interface PortfolioRepresentation {
  key: string;
  activityIds?: string[];
  actionIds?: string[];
}

export interface PortfolioSliceRepresentation {
  id: string;
  activityIds?: string[];
  actionIds?: string[];
}
