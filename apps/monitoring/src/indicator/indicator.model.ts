import type { IndicatorRow } from './indicator.entity';

/** An indicator as resolvers see it; its progress is computed by the domain. */
export type IndicatorModel = IndicatorRow;
