import { storage } from 'wxt/utils/storage';
import type { SiteRule } from '../extract/types';
import { SITE_RULES_KEY } from '../protocol/storage-keys';

/** The user's site rules (edited on the options page), read by the reader before extracting. */
const siteRulesItem = storage.defineItem<SiteRule[]>(SITE_RULES_KEY, { fallback: [] });

export const loadSiteRules = () => siteRulesItem.getValue();
export const saveSiteRules = (rules: SiteRule[]) => siteRulesItem.setValue(rules);
