import type { Category } from '../catalog.models';
import { buildCategoryTree } from './category-tree';

const category = (id: string, name: string, parentId: string | null, path: string): Category => ({ id, name, parentId, path, depth: path.split(' > ').length - 1 });

describe('buildCategoryTree', () => {
  const categories = [
    category('tops', 'Tops', 'men', 'Men > Tops'),
    category('men', 'Men', null, 'Men'),
    category('gear', 'Gear', null, 'Gear'),
    category('bags', 'Bags', 'gear', 'Gear > Bags'),
    category('jackets', 'Jackets', 'tops', 'Men > Tops > Jackets'),
  ];

  it('nests categories under their parents, sorted by name, with product counts', () => {
    const tree = buildCategoryTree(categories, [
      { value: 'men', label: 'Men', count: 12 },
      { value: 'jackets', label: 'Men > Tops > Jackets', count: 5 },
    ]);
    expect(tree.map((n) => n.category.name)).toEqual(['Gear', 'Men']);
    const men = tree[1];
    expect(men.count).toBe(12);
    expect(men.children[0].category.name).toBe('Tops');
    expect(men.children[0].children[0]).toMatchObject({ count: 5, children: [] });
    expect(tree[0].children[0]).toMatchObject({ count: 0 });
  });

  it('keeps a category whose parent is unknown at the top', () => {
    const tree = buildCategoryTree([category('orphan', 'Sale', 'gone', 'Old > Sale')], []);
    expect(tree.map((n) => n.category.name)).toEqual(['Sale']);
  });
});
