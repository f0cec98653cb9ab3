import {
  emptyPortfolioFacts,
  foldPortfolioEvent,
  indexPortfolio,
  loadPortfolioFacts,
  parsePortfolioKey,
  portfolioAnswer,
  type FactChange,
  type FactKind,
  type PortfolioAnswer,
  type PortfolioEvent,
  type PortfolioIndex,
} from '@mieux/domain';

/** How many answers are kept for the current facts (distinct filters asked). */
const MAX_ANSWERS = 1000;

/**
 * The portfolio read model held in memory by each replica: the facts, folded from the services' events,
 * joined into an index once per state of the facts, and each filter's answer computed once per state
 * and day (figures such as the launch on time depend on today).
 */
export class PortfolioReadModel {
  private facts = emptyPortfolioFacts();
  private version = 0;
  private index: { version: number; index: PortfolioIndex } | null = null;
  private answers = new Map<string, { version: number; answer: PortfolioAnswer }>();

  private settled = false;

  /** Whether the model has caught up with its events once (it stays so): asks `nothingWaits` until it does. */
  async caughtUp(nothingWaits: () => Promise<boolean>): Promise<boolean> {
    this.settled ||= await nothingWaits();
    return this.settled;
  }

  /** Loads the facts kept in the database (before the replica says it is ready). */
  load(changes: Iterable<FactChange>): void {
    this.facts = loadPortfolioFacts(emptyPortfolioFacts(), changes);
    this.version += 1;
  }

  /** Folds events in; returns the facts they set, for the database. */
  fold(events: readonly PortfolioEvent[]): FactChange[] {
    const changes = events.flatMap((event) => foldPortfolioEvent(this.facts, event));
    if (changes.length) this.version += 1;
    return changes;
  }

  /** Forgets the facts of some kinds (a replay). */
  forget(kinds: readonly FactKind[]): void {
    for (const kind of kinds) this.facts[kind].clear();
    this.version += 1;
  }

  /** The figures and slices of a portfolio key, today. */
  answer(key: string, today: string): PortfolioAnswer {
    const cacheKey = `${today}|${key}`;
    const cached = this.answers.get(cacheKey);
    if (cached?.version === this.version) return cached.answer;
    if (this.index?.version !== this.version) {
      this.index = { version: this.version, index: indexPortfolio(this.facts) };
      this.answers.clear();
    }
    if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
    const answer = { version: this.version, answer: portfolioAnswer(this.index.index, parsePortfolioKey(key), today) };
    this.answers.set(cacheKey, answer);
    return answer.answer;
  }
}
