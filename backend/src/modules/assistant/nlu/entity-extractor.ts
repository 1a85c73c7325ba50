import { CatalogMatcher } from './catalog-matcher';
import type { CatalogVocabulary } from './catalog-vocabulary';
import { findColours } from './colour-names';
import type { Entity } from './entity';
import { findPrices } from './price-range-parser';
import { findQuantities } from './quantity-parser';
import { findReferences } from './reference-parser';
import { findSizes } from './size-parser';

/** Messages are cut to this length before extraction: nobody types a size or an order number after that. */
const MAX_INPUT = 4000;

/**
 * Pulls typed entities out of a shopper's message. Finders run from the most
 * specific to the most ambiguous, and a later finder may not claim text an
 * earlier one took: the digits of "order 00123842" are not a quantity, the "50"
 * of "size 50" is not a price. Currencies may sit inside a price.
 */
export class EntityExtractor {
  extract(text: string, catalogVocabulary?: CatalogVocabulary): Entity[] {
    const input = text.slice(0, MAX_INPUT);
    const claimed: Entity[] = [];
    const currencies: Entity[] = [];
    const claim = (candidates: Entity[]): void => {
      for (const candidate of candidates) {
        if (candidate.end > candidate.start && !claimed.some((entity) => overlaps(entity, candidate))) {
          claimed.push(candidate);
        }
      }
    };

    claim(findReferences(input));
    const sizes = findSizes(input);
    claim(sizes.filter((size) => /\d/.test(size.value)));
    const prices = findPrices(input);
    claim(prices.filter((entity) => entity.type === 'price_range'));
    currencies.push(...prices.filter((entity) => entity.type === 'currency' && !claimedByOther(claimed, entity)));
    if (catalogVocabulary) {
      claim(
        CatalogMatcher.for(catalogVocabulary)
          .find(input)
          .map((match): Entity => ({
            type: match.kind,
            value: match.value,
            raw: input.slice(match.start, match.end),
            start: match.start,
            end: match.end,
          })),
      );
    }
    claim(findColours(input));
    claim(sizes.filter((size) => !/\d/.test(size.value)));
    claim(findQuantities(input));

    return [...claimed, ...currencies].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

function overlaps(a: Entity, b: Entity): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A currency word inside an email or an order reference is not a currency. */
function claimedByOther(claimed: Entity[], currency: Entity): boolean {
  return claimed.some((entity) => entity.type !== 'price_range' && overlaps(entity, currency));
}
