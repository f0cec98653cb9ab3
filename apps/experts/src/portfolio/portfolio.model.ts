/** What the gateway sends for a portfolio or slice: its key and the experts the actions service deployed. */
export interface PortfolioRepresentation {
  key: string;
  deployedExpertIds?: string[];
  /** The actions service's signature of the set: it is trusted only with it. */
  deployedExpertIdsSignature?: string;
}

export interface PortfolioSliceRepresentation {
  id: string;
  deployedExpertIds?: string[];
  /** The actions service's signature of the set: it is trusted only with it. */
  deployedExpertIdsSignature?: string;
}
