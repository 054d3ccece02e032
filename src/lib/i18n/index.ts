// Interface strings of the edition being built. `locale` is a constant at build time, so the
// bundler keeps one dictionary and drops the other.
import { en } from './en';
import { es, type Strings } from './es';
import { locale } from './edition';

export * from './edition';
export const t: Strings = locale === 'en' ? en : es;
export * from './format';
