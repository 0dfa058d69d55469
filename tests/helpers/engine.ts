// The page loads the rules engine after its first screen (src/machines/engine-load.ts) and waits for
// it before any game starts; unit tests drive machines and savers directly, so load it first.
import { loadEngine } from '../../src/machines/engine-load';

await loadEngine();
