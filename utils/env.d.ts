/** Build-time flags defined in wxt.config.ts. */
interface ImportMetaEnv {
  /** True only in the end-to-end test build (FOLIO_E2E=1). */
  readonly FOLIO_E2E: boolean;
}
