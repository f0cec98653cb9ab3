import { MATCHABLE_ROSTER_STATUSES } from '@mieux/domain';
import type { ActivityCopyRepository, ActivityFacts, DeploymentFacts } from '../activity/activity.repository';
import { LOADED } from '../expert/expert.entity';
import type { ExpertRepository, MatchCandidate } from '../expert/expert.repository';

interface Deployment {
  expertId: string;
  activityId: string;
  active: boolean;
}

const MATCHABLE = new Set<string>(MATCHABLE_ROSTER_STATUSES);
const sameFacts = (a: MatchCandidate | undefined, b: MatchCandidate | undefined) => JSON.stringify(a) === JSON.stringify(b);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The matching facts of the matchable roster, in memory: each expert under an integer slot, the
 * slots of each thematic area, and the deployments kept from the actions service's events with their
 * activities' starts and statuses (rotation). Loaded at start (`load`); kept current by the events its
 * consumer applies (`planned`, `putDeployment`, ...), by the roster's writes read from its change log
 * before each ranking (`sync`: every write of an expert adds an audit line, whichever replica made it,
 * a bulk load too) and, once a minute, by reading the copies of the events again (events another
 * replica's consumer applied) and counting the experts stored (experts written without an audit line);
 * the experts a ranking proposes are checked against the database before it answers (`verify`).
 * Scoring stays the domain's.
 */
export class MatchingIndex {
  private slots: (MatchCandidate | null)[] = [];
  private slotOf = new Map<string, number>();
  private free: number[] = [];
  private byArea = new Map<string, Set<number>>();
  private activities = new Map<string, Omit<ActivityFacts, 'activityId'>>();
  private deployments = new Map<string, Deployment>();
  private deploymentsOf = new Map<string, Set<string>>();
  /** Per expert, the starts in date order of its active deployments on activities not cancelled: counted once, forgotten at any change of the copies. */
  private startsOf = new Map<string, string[]>();
  /** The last audit line taken in, and how many experts are stored by then. */
  private marks = { audit: 0, experts: 0 };
  private copiesReadAt = 0;
  private syncing: Promise<void> | null = null;

  /** `copiesMaxAgeMs`: how old the copies read from the database may grow before they are read again (events another replica applied). */
  constructor(
    private readonly experts: ExpertRepository,
    private readonly copies: ActivityCopyRepository,
    private readonly copiesMaxAgeMs = 60_000,
  ) {}

  /** Reads everything anew: the matchable experts, the activities and the deployments (three statements and the marks). */
  async load(): Promise<void> {
    const marks = await this.experts.marks(true);
    const [facts] = await Promise.all([this.experts.matchingFacts(), this.loadCopies()]);
    this.slots = [];
    this.slotOf.clear();
    this.free = [];
    this.byArea.clear();
    for (const expert of facts) this.putExpert(expert);
    this.marks = { audit: marks.audit, experts: marks.experts! };
  }

  /** Reads the activities and deployments anew (two statements). */
  private async loadCopies(): Promise<void> {
    const readAt = Date.now();
    const [activities, deployments] = await Promise.all([this.copies.activities(), this.copies.deployments()]);
    this.forgetCopies();
    for (const activity of activities) this.planned(activity);
    for (const deployment of deployments) this.putDeployment(deployment);
    this.copiesReadAt = readAt;
  }

  /** How many experts it holds (the matchable roster). */
  get size(): number {
    return this.slotOf.size;
  }

  /** An expert as now stored: held when in a matchable status, dropped otherwise. */
  private putExpert(expert: MatchCandidate): void {
    this.dropExpert(expert.id);
    if (!MATCHABLE.has(expert.status)) return;
    const slot = this.free.pop() ?? this.slots.length;
    this.slots[slot] = expert;
    this.slotOf.set(expert.id, slot);
    for (const area of expert.thematicAreas) {
      const slots = this.byArea.get(area) ?? this.byArea.set(area, new Set()).get(area)!;
      slots.add(slot);
    }
  }

  private dropExpert(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const area of this.slots[slot]!.thematicAreas) this.byArea.get(area)?.delete(slot);
    this.slots[slot] = null;
    this.slotOf.delete(id);
    this.free.push(slot);
  }

  /** An activity planned, rescheduled or whose status changed. */
  planned(activity: ActivityFacts): void {
    this.startsOf.clear();
    this.activities.set(activity.activityId, { startsOn: activity.startsOn, status: activity.status });
  }

  /** What an event changed of an activity already known. */
  activityChanged(activityId: string, change: Partial<Omit<ActivityFacts, 'activityId'>>): void {
    const known = this.activities.get(activityId);
    this.startsOf.clear();
    if (known) this.activities.set(activityId, { ...known, ...change });
  }

  /** A deployment booked, or its end (cancelled or ended: `active` false). */
  putDeployment(deployment: Omit<DeploymentFacts, 'activity'> & { activity?: ActivityFacts | null }): void {
    const { deploymentId, expertId, activityId, active, activity } = deployment;
    if (activity) this.planned(activity);
    this.startsOf.clear();
    this.deployments.set(deploymentId, { expertId, activityId, active });
    const own = this.deploymentsOf.get(expertId) ?? this.deploymentsOf.set(expertId, new Set()).get(expertId)!;
    own.add(deploymentId);
  }

  /** A deployment no longer active. */
  deploymentEnded(deploymentId: string): void {
    const known = this.deployments.get(deploymentId);
    this.startsOf.clear();
    if (known) known.active = false;
  }

  /** Forgets the activities and deployments (a replay of the actions service's events starts from none). */
  forgetCopies(): void {
    this.activities.clear();
    this.deployments.clear();
    this.deploymentsOf.clear();
    this.startsOf.clear();
  }

  /** The starts, in date order, of the activities an expert is deployed on in a window (`from` included, `to` excluded; cancelled ones left out). */
  recentStarts(expertId: string, window: { from: string; to: string }): string[] {
    let starts = this.startsOf.get(expertId);
    if (!starts) {
      starts = [];
      for (const id of this.deploymentsOf.get(expertId) ?? []) {
        const deployment = this.deployments.get(id)!;
        const activity = this.activities.get(deployment.activityId);
        if (deployment.active && activity && activity.status !== 'CANCELLED') starts.push(activity.startsOn);
      }
      this.startsOf.set(expertId, starts.sort());
    }
    return starts.filter((startsOn) => startsOn >= window.from && startsOn < window.to);
  }

  /**
   * The candidates for a need: the matchable experts sharing a thematic area with it (all of them
   * when it asks none), but the excluded. Their deployments are counted on demand (`recentStarts`):
   * ranking asks only for those of the candidates that can make the page.
   */
  candidates(thematicAreas: readonly string[], excluded: readonly string[]): MatchCandidate[] {
    const taken = new Uint8Array(this.slots.length);
    for (const id of excluded) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) taken[slot] = 1;
    }
    const found: MatchCandidate[] = [];
    const take = (slot: number) => {
      if (taken[slot]) return;
      taken[slot] = 1;
      found.push(this.slots[slot]!);
    };
    if (thematicAreas.length) for (const area of thematicAreas) for (const slot of this.byArea.get(area) ?? []) take(slot);
    else for (const slot of this.slotOf.values()) take(slot);
    return found;
  }

  /**
   * Catches up with writes it was not told of, from the roster's marks (one statement, and the
   * experts written since when there are any): an audit line after the last seen re-reads its expert,
   * a bulk load's (LOADED) everything. Once the copies are older than their maximum age they are read
   * again and the experts stored are counted with the marks: experts written without an audit line
   * (outside the roster's repository and the demo load) reload everything then, not at every ranking,
   * whose marks would otherwise scan the experts' table. Concurrent calls share one catch-up.
   */
  sync(): Promise<void> {
    this.syncing ??= this.catchUp().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async catchUp(): Promise<void> {
    const stale = Date.now() - this.copiesReadAt > this.copiesMaxAgeMs;
    if (stale) await this.loadCopies();
    const marks = await this.experts.marks(stale);
    if (marks.audit === this.marks.audit && (marks.experts === null || marks.experts === this.marks.experts)) return;
    const lines = marks.audit > this.marks.audit ? await this.experts.auditedSince(this.marks.audit) : [];
    if (lines.some((line) => line.action === LOADED)) return this.load();
    const stored = this.marks.experts + lines.filter((line) => line.action === 'APPLIED').length;
    if (marks.experts !== null && marks.experts !== stored) return this.load();
    const ids = [...new Set(lines.map((line) => line.expertId))];
    const facts = new Map((await this.experts.matchingFacts(ids)).map((e) => [e.id, e]));
    for (const id of ids) {
      const expert = facts.get(id);
      if (expert) this.putExpert(expert);
      else this.dropExpert(id);
    }
    this.marks = { audit: lines.at(-1)?.id ?? marks.audit, experts: stored };
  }

  /**
   * Checks proposed experts against the database (their facts and their deployments in the rotation
   * window: two statements) and takes what differs (a third statement re-reads the deployments of
   * those whose differ); true when something did, so that the ranking is made again.
   */
  async verify(ids: readonly string[], window: { from: string; to: string }): Promise<boolean> {
    const [facts, starts] = await Promise.all([this.experts.matchingFacts(ids), this.copies.deploymentStarts(window, ids)]);
    const stored = new Map(facts.map((e) => [e.id, e]));
    let changed = false;
    for (const id of ids) {
      const held = this.slotOf.get(id);
      const expert = stored.get(id);
      if (sameFacts(held === undefined ? undefined : this.slots[held]!, expert)) continue;
      changed = true;
      if (expert) this.putExpert(expert);
      else this.dropExpert(id);
    }
    const behind = ids.filter((id) => !sameList(this.recentStarts(id, window), starts.get(id) ?? []));
    if (behind.length === 0) return changed;
    const deployments = await this.copies.deployments(behind);
    for (const id of behind) {
      for (const old of this.deploymentsOf.get(id) ?? []) this.deployments.delete(old);
      this.deploymentsOf.delete(id);
    }
    this.startsOf.clear();
    for (const d of deployments) this.putDeployment(d);
    return true;
  }
}
