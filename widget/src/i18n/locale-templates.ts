import type { StrResult } from '@lit/localize';
import type { ShopTextId } from '../shop/shop-text';
import type { UiTextId } from './ui-text';

/** A translation of every UI string; `str` templates refer to the English placeholders by index (`${0}`). */
export type LocaleTemplates = Record<UiTextId | ShopTextId, string | StrResult>;
