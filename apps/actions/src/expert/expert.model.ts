/** An expert of the experts service's roster, as this service resolves it: its key. */
export interface ExpertStub {
  id: string;
}
