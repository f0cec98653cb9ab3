import { addCalendarMonths, findCountry, isFormatOfType, isIsoDate } from '@mieux/domain';
import { addProblem, columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { ActivityEntity } from './activity.entity';
import type { ActivityCalendarFilter, ActivityCorrectionInput, ActivityInput } from '../generated/resolvers-types';

const LIMITS = columnLimits(ActivityEntity);
/** The most working languages an activity names (interpretation beyond that is not planned per activity). */
const MAX_WORKING_LANGUAGES = 6;

/** An activity to plan: its own fields, then the checks across fields, each problem named by its field. */
const activityInput = z
  .object({
    type: z.string(),
    format: z.string(),
    title: field.text(LIMITS.title),
    startsOn: z.string(),
    endsOn: z.string(),
    countryCode: field.string(16).nullish(),
    city: field.optionalText(LIMITS.city),
    online: z.boolean().nullish(),
    workingLanguages: field.languages(MAX_WORKING_LANGUAGES).nullish(),
  })
  .superRefine((input, ctx) => {
    if (!isFormatOfType(input.type, input.format)) addProblem(ctx, ['format'], `${input.format} is not a format of ${input.type}`);
    if (isIsoDate(input.startsOn) && isIsoDate(input.endsOn) && input.endsOn < input.startsOn) addProblem(ctx, ['endsOn'], 'must not be before startsOn');
    if (!input.online && !input.countryCode) addProblem(ctx, ['countryCode'], 'is required unless the activity is online');
    if (input.countryCode && !findCountry(input.countryCode)) addProblem(ctx, ['countryCode'], `"${input.countryCode}" is not a known country code`);
  });

export type ParsedActivityInput = z.output<typeof activityInput>;

/** Validates an activity to plan and returns it trimmed; every problem in one BAD_USER_INPUT. */
export function parseActivityInput(input: ActivityInput): ParsedActivityInput {
  return parseInput(activityInput, input, 'input');
}

/** A correction of an activity: only what is given changes; the checks that need the activity (its type, the Action's approval) come after. */
const activityCorrectionInput = z
  .object({
    format: z.string().nullish(),
    title: field.text(LIMITS.title).nullish(),
    startsOn: z.string().nullish(),
    endsOn: z.string().nullish(),
    countryCode: field.string(16).nullish(),
    city: field.optionalText(LIMITS.city),
    online: z.boolean().nullish(),
    workingLanguages: field.languages(MAX_WORKING_LANGUAGES).nullish(),
    reason: field.optionalText(2000),
  })
  .superRefine((input, ctx) => {
    if (input.countryCode && !findCountry(input.countryCode)) addProblem(ctx, ['countryCode'], `"${input.countryCode}" is not a known country code`);
  });

/** Validates a correction and returns it trimmed; `city` is undefined when not given, null when given empty (it clears the city). */
export function parseActivityCorrectionInput(
  input: ActivityCorrectionInput,
): Omit<z.output<typeof activityCorrectionInput>, 'city'> & { city: string | null | undefined } {
  const parsed = parseInput(activityCorrectionInput, input, 'input');
  return { ...parsed, city: input.city === undefined || input.city === null ? undefined : parsed.city };
}

/** The longest window of the activities calendar, in calendar months. */
export const CALENDAR_MONTHS = 12;

/** A window of the activities calendar: `to` not before `from`, at most twelve months after it. */
export function parseCalendarFilter(filter: ActivityCalendarFilter): ActivityCalendarFilter {
  const schema = z.object({ from: z.string(), to: z.string(), countryCode: field.string(16).nullish() }).superRefine((window, ctx) => {
    if (window.to < window.from) addProblem(ctx, ['to'], 'must not be before from');
    else if (window.to > addCalendarMonths(window.from, CALENDAR_MONTHS)) addProblem(ctx, ['to'], `must be at most ${CALENDAR_MONTHS} months after from`);
  });
  parseInput(schema, filter, 'filter');
  return filter;
}
