/** An Action of the actions service, as this service resolves it: its key. */
export interface ActionRef {
  id: string;
}

/** What the actions service says of an Action something is recorded for. */
export interface ActionFact {
  id: string;
  status: string;
}
