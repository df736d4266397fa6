import 'fake-indexeddb/auto';
import { vi } from 'vitest';

// WXT defines these at build time; under Vitest they are undefined.
vi.stubEnv('BROWSER', 'chrome');
vi.stubEnv('MANIFEST_VERSION', 3 as unknown as string);
