/** The command router and the list of pages Folio cannot run on. Browser APIs come in as effects. */

export { type RestrictionReason, restrictionOf } from './restricted-pages';
export {
  type CommandEffects,
  type CommandOutcome,
  type CommandTab,
  type FolioCommand,
  type LivePageReport,
  runCommand,
} from './router';
