/**
 * A large, varied catalog grown from the Luma products: each source product reappears under other
 * brands, with other name words, prices, stock and colours, so text, filters and facets behave as
 * they would on a big store rather than on 191 copies of one.
 */
import lumaCatalog from '../src/seed/data/luma-catalog.json';

interface LumaProduct {
  sku: string;
  name: string;
  description: string;
  categories: string[];
  price: number;
  attributes?: Record<string, string[]>;
  variants?: Array<{ options?: Record<string, string> }>;
}

const PREFIXES = ['', 'Pro', 'Classic', 'Ultra', 'Eco', 'Vintage', 'Lite', 'Sport', 'Urban', 'Trail', 'Studio', 'Summit', 'Coastal', 'Nordic', 'Metro', 'Active'];
const SUFFIXES = ['', 'II', 'Plus', 'Max', 'Essential', 'Edition', 'X', 'Flex', 'Air', 'Core'];
const BRANDS = [
  'Luma', 'Northwind', 'Alpine Co', 'Trailhead', 'Oceanic', 'Ironclad', 'Zephyr', 'Maple & Oak', 'Kestrel', 'Solace', 'Vantage', 'Brightline',
  'Cobalt', 'Driftwood', 'Evergreen', 'Foxglove', 'Granite', 'Harbor', 'Indigo', 'Juniper', 'Kinetic', 'Lumen', 'Meridian', 'Nimbus',
  'Orchard', 'Pioneer', 'Quarry', 'Redwood', 'Sierra', 'Tundra', 'Umber', 'Voyager', 'Willow', 'Xenon', 'Yarrow', 'Zenith',
];
const COLORS = ['Black', 'White', 'Gray', 'Blue', 'Red', 'Green', 'Orange', 'Purple', 'Yellow', 'Brown', 'Navy', 'Pink'];

export interface GeneratedProduct {
  sku: string;
  name: string;
  description: string;
  brand: string;
  categories: string[];
  price: number;
  stock: number;
  attributes: Record<string, string[]>;
}

export function generateCatalog(count: number): GeneratedProduct[] {
  const source = lumaCatalog as unknown as LumaProduct[];
  const out: GeneratedProduct[] = [];
  for (let i = 0; i < count; i++) {
    const base = source[i % source.length];
    const round = Math.floor(i / source.length);
    const prefix = PREFIXES[(round + i) % PREFIXES.length];
    const suffix = SUFFIXES[(round * 3 + i) % SUFFIXES.length];
    const attributes: Record<string, string[]> = { ...(base.attributes ?? {}) };
    const sizes = [...new Set((base.variants ?? []).map((v) => v.options?.size).filter((s): s is string => !!s))];
    if (sizes.length) attributes.size = sizes;
    attributes.color = [COLORS[i % COLORS.length], COLORS[(i * 7 + round) % COLORS.length]].filter((c, k, all) => all.indexOf(c) === k);
    out.push({
      sku: `G${i}`,
      name: [prefix, base.name, suffix].filter(Boolean).join(' '),
      description: base.description,
      brand: BRANDS[(round * 5 + i) % BRANDS.length],
      categories: base.categories,
      price: Math.round(base.price * (0.6 + ((i * 37) % 90) / 100) * 100) / 100,
      stock: (i * 13) % 41,
      attributes,
    });
  }
  return out;
}
