// zod, configured once for a strict content security policy. zod compiles fast parsers with
// `new Function`, which such a policy forbids (and even probing for it files a violation
// report); jitless mode must be set before the first schema is built, so every module that
// builds schemas imports `z` from here rather than from 'zod'.

import { z } from 'zod';

z.config({ jitless: true });

/** The zod namespace, with jitless mode already on. */
export { z };
