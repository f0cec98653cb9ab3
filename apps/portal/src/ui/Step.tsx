import type { FormEvent, ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { fieldProblems } from '../graph';
import { FormEnd } from './FormEnd';

/** The graph's BAD_USER_INPUT problems by the form field they name (`input.objectives` is `objectives`), and the others. */
export function problemsOf(error: CombinedError | undefined, fields: readonly string[]) {
  const byField: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const problem of fieldProblems(error)) {
    const name = problem.field.replace(/^input\./, '').split('.')[0];
    if (fields.includes(name)) byField[name] = problem.message;
    else unplaced.push(problem.message);
  }
  return { byField, unplaced };
}

/** One step of a piece of work: its title, its form, and the graph's answer beside the fields. */
export function Step({
  title,
  fields,
  error,
  sending,
  label,
  onSubmit,
  level = 3,
  children,
}: {
  title: string;
  fields: readonly string[];
  error: CombinedError | undefined;
  sending: boolean;
  label: string;
  onSubmit: () => Promise<unknown>;
  /** The level of the step's heading, under its section's. */
  level?: 3 | 4;
  children?: (problems: Record<string, string>) => ReactNode;
}) {
  const { byField, unplaced } = problemsOf(error, fields);
  const send = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <form className="work-step" onSubmit={send} aria-label={title} noValidate>
      <Heading>{title}</Heading>
      {children?.(byField)}
      <FormEnd unplaced={unplaced} error={error} sending={sending} label={label} />
    </form>
  );
}
