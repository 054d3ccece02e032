// Interface strings keyed by locale. Components import `t` and never hard-code copy, so an English
// edition only adds a dictionary here.
import { es, type Strings } from './es';

export type Locale = 'es';
export const dictionaries: Record<Locale, Strings> = { es };
export const locale: Locale = 'es';
export const t: Strings = dictionaries[locale];
export * from './format';
