#!/usr/bin/env node
// The `folio` command. The CLI is TypeScript and shares its modules with the extension; tsx
// loads it without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
