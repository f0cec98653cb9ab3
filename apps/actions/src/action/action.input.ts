import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { ActionEntity } from './action.entity';
import type { CreateActionInput } from '../generated/resolvers-types';

/** An Action to create: its request, and a title of its own if the request's will not do. */
const createActionInput = z.object({
  requestId: field.id(),
  title: field.optionalText(columnLimits(ActionEntity).title),
});

export function parseCreateActionInput(input: CreateActionInput): z.output<typeof createActionInput> {
  return parseInput(createActionInput, input, 'input');
}
