// The levers' names, once, in the order the views list them. A leaf module (it imports nothing) so
// the scenario types (level.ts), the scenario schema and the levers' definitions (levers.ts, which
// must define each of these) can all read it without importing each other.

/** Every lever, in display order. */
export const LEVER_TYPES = [
  'host_talks', 'shuttle', 'hotline', 'ask_priorities', 'consult', 'advise', 'us_tariff_threat',
  'us_incentive', 'aid_package', 'deploy_observers', 'demining_teams', 'corridors', 'statement',
] as const;

/** What a scenario may offer or unlock: a lever, or tabling a package. */
export type LeverName = (typeof LEVER_TYPES)[number] | 'propose';

