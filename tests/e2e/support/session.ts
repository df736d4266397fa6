import { afterAll, beforeAll } from 'vitest';
import { type FolioBrowser, launchWithFolio } from './chromium';
import { type FixtureServer, startFixtureServer } from './fixture-server';

/**
 * One Chromium with Folio loaded and one server of the fixture pages, shared by the tests of the
 * calling file: started before them (handed over through `ready`), closed after them, also when
 * the start failed half way.
 */
export function openFolioAndFixtures(ready: (folio: FolioBrowser, server: FixtureServer) => void): void {
  let folio: FolioBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    folio = await launchWithFolio();
    ready(folio, server);
  });
  afterAll(async () => {
    await folio?.close();
    await server?.close();
  });
}
