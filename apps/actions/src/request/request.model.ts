/** A request of the requests service, as this service resolves it: its key. */
export interface RequestStub {
  id: string;
}

/** What the requests service says of the request an Action is created from. */
export interface ApprovedRequest {
  id: string;
  status: string;
  title: string;
  approvedOn: string | null;
  thematicAreas: string[];
  subTopics: string[];
  country: { code: string; region: string | null };
  /** Its partner institutions, whose partners will read the Action. */
  partners: { id: string }[];
  /** What its Action Fiche planned: the Action's activity drafts. */
  actionFiche: { plannedActivities: { type: string; count: number }[] } | null;
  /** The project officer in charge of the request, who takes the Action. */
  assignedOfficer: { id: string } | null;
}
