/**
 * Words shoppers and catalogs use for the same thing. Every store gets these; its own synonyms
 * (search_synonyms) add to them. Each group is symmetric.
 */
const GROUPS: string[][] = [
  ['sofa', 'couch', 'settee'],
  ['sneaker', 'trainer', 'running shoe'],
  ['tee', 't-shirt', 'tshirt'],
  ['hoodie', 'hoody', 'sweatshirt'],
  ['pants', 'trousers'],
  ['jumper', 'sweater', 'pullover'],
  ['tv', 'television'],
  ['phone', 'smartphone', 'cellphone', 'mobile'],
  ['laptop', 'notebook computer'],
  ['headphone', 'headset', 'earphone'],
  ['earbud', 'earphone'],
  ['bike', 'bicycle', 'cycle'],
  ['backpack', 'rucksack', 'knapsack'],
  ['duffel', 'duffle', 'gym bag'],
  ['jacket', 'coat'],
  ['leggings', 'tights', 'yoga pants'],
  ['fridge', 'refrigerator'],
  ['tap', 'faucet'],
  ['flashlight', 'torch'],
  ['diaper', 'nappy'],
  ['bra', 'bralette'],
  ['tank', 'singlet', 'vest'],
  ['bottle', 'flask'],
  ['watch', 'smartwatch'],
  ['grey', 'gray'],
  ['colour', 'color'],
];

const INDEX = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const word of group) INDEX.set(word, [...new Set([...(INDEX.get(word) ?? []), ...group.filter((w) => w !== word)])]);
}

/** Synonyms of a folded search word (also tried without a plural "s"). */
export function defaultSynonyms(word: string): string[] {
  return INDEX.get(word) ?? (word.endsWith('s') ? (INDEX.get(word.slice(0, -1)) ?? []) : []);
}
