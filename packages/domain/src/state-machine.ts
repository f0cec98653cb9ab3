import { TransitionError } from './errors';

/** A lifecycle: statuses and, for each, the statuses it may move to. */
export interface StateMachine<S extends string> {
  entity: string;
  statuses: readonly S[];
  transitions: Readonly<Record<S, readonly S[]>>;
}

export function allowedTransitions<S extends string>(machine: StateMachine<S>, from: S): readonly S[] {
  return machine.transitions[from] ?? [];
}

export function canTransition<S extends string>(machine: StateMachine<S>, from: S, to: S): boolean {
  return allowedTransitions(machine, from).includes(to);
}

/** Throws a TransitionError naming the current status and the allowed ones unless the move is legal. */
export function assertTransition<S extends string>(machine: StateMachine<S>, from: S, to: S): void {
  if (!canTransition(machine, from, to)) throw new TransitionError(machine.entity, from, to, allowedTransitions(machine, from));
}

export function isFinal<S extends string>(machine: StateMachine<S>, status: S): boolean {
  return allowedTransitions(machine, status).length === 0;
}
