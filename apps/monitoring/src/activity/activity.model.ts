/** An activity of the actions service, as this service resolves it: its key. */
export interface ActivityRef {
  id: string;
}

/** What the actions service says of an activity something is recorded for. */
export interface ActivityFact {
  id: string;
  title: string;
  status: string;
  action: { id: string };
  /** Every expert deployed on it. */
  deployedExpertIds: string[];
}
