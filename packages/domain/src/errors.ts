/** An error of the domain, with a stable code that services map to their own error kinds. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A state change that the lifecycle does not allow; says where the entity is and where it can go. */
export class TransitionError extends DomainError {
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
    readonly allowed: readonly string[],
    /** What is refused, when it is not a move to another status (e.g. "corrected only while"). */
    refusal?: string,
  ) {
    const next = allowed.length === 0 ? 'it is final' : `it can move to ${listWords(allowed)}`;
    super('ILLEGAL_TRANSITION', `${entity} is ${from}; ${refusal ? `${refusal} ${listWords(allowed)}` : `${next}, not ${to}`}`);
    this.name = 'TransitionError';
  }
}

function listWords(words: readonly string[]): string {
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** An input refused by a rule of the domain, naming the field it is about (a date out of order, a status too early). */
export class FieldRuleError extends DomainError {
  constructor(
    code: string,
    readonly field: string,
    message: string,
  ) {
    super(code, `${field} ${message}`);
    this.name = 'FieldRuleError';
  }
}

/**
 * A rule of the domain that the current state refuses (an invitation past its time, dates outside
 * the expert's availability): a conflict with what is recorded, not a malformed input. It says why
 * in English and French, since the people refused (experts, officers) read it.
 */
export class RuleConflictError extends DomainError {
  constructor(
    code: string,
    readonly messages: { EN: string; FR: string },
  ) {
    super(code, messages.EN);
    this.name = 'RuleConflictError';
  }
}
