import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { artifact, launchChromium } from './support/browser';
import { csvLine, search } from './support/catalog-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const HEADER = ['sku', 'parent_sku', 'name', 'description', 'brand', 'category', 'price', 'sale_price', 'stock', 'image_url', 'attr_color', 'attr_size', 'attr_material'];

const CATALOG_CSV = [
  HEADER,
  ['ADM-TEE', '', 'Harbor Organic Tee', 'A heavyweight organic cotton tee that keeps its shape.', 'Northwind', 'Men > Tops > Tees', '24.00', '', '', '/catalog-images/tee.svg', '', '', 'Organic cotton'],
  ['ADM-TEE-S', 'ADM-TEE', '', '', '', '', '24.00', '', '12', '', 'Navy', 'S', ''],
  ['ADM-TEE-M', 'ADM-TEE', '', '', '', '', '24.00', '19.00', '3', '', 'Navy', 'M', ''],
  ['ADM-TEE-L', 'ADM-TEE', '', '', '', '', '24.00', '', '0', '', 'Navy', 'L', ''],
  ['ADM-MUG', '', 'Summit Enamel Mug', 'Enamel steel mug for the trail and the kitchen.', 'Northwind', 'Gear > Kitchen', '14.50', '', '40', '/catalog-images/mug.svg', 'Forest green', '', 'Enamel steel'],
  ['ADM-PACK', '', 'Trailhead Daypack 20L', 'Light daypack with a padded laptop sleeve.', 'Ridgeline', 'Gear > Bags', '59.00', '49.00', '7', '/catalog-images/pack.svg', 'Slate', '', 'Recycled nylon'],
]
  .map(csvLine)
  .join('\n');

/** Row 2 has a price that is not a number and row 3 no name: the file must change nothing. */
const BROKEN_CSV = [
  HEADER,
  ['ADM-CAP', '', 'Canyon Cap', '', 'Northwind', 'Accessories', '18.00', '', '5', '', '', '', ''],
  ['ADM-SOCK', '', 'Merino Socks', '', 'Northwind', 'Accessories', 'twelve', '', '5', '', '', '', ''],
  ['ADM-BELT', '', '', '', 'Northwind', 'Accessories', '30.00', '', '5', '', '', '', ''],
]
  .map(csvLine)
  .join('\n');

const PICTURE_COLOURS: Record<string, string> = { tee: '#2b4c7e', mug: '#2f6b4f', pack: '#5a6472' };

/** Product pictures come from the store's own site; the browser gets simple drawings instead of reaching out. */
async function servePictures(page: Page): Promise<void> {
  await page.route('**/catalog-images/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()?.replace('.svg', '') ?? '';
    const colour = PICTURE_COLOURS[name] ?? '#888';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"><rect width="200" height="200" fill="#f1f3f6"/><circle cx="100" cy="100" r="62" fill="${colour}"/></svg>`;
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg });
  });
}

async function signIn(page: Page, store: SignedUpStore, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Email').fill(store.email);
  await page.getByLabel('Password', { exact: true }).fill(store.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('store-name').waitFor();
}

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: staff import a catalog and manage products and stock in the admin', () => {
  let t: TestApp;
  let browser: Browser;
  let store: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    store = await signUpStore(t.client(), 'Northwind Outfitters');
    browser = await launchChromium(testServices.chromiumPath!);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 30_000);

  it('a CSV uploaded on the import page shows live progress to 100% and its products appear in the list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await servePictures(page);
    await signIn(page, store, t.url);
    await page.getByRole('link', { name: 'Products' }).click();
    await page.getByText('No products yet').waitFor();
    await page.screenshot({ path: artifact('admin-products-empty.png') });

    // Progress is followed over the subscription (a file this small may be done before its first step arrives).
    const sentFrames: string[] = [];
    page.on('websocket', (socket) => socket.on('framesent', (frame) => sentFrames.push(String(frame.payload))));

    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'spring-catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(CATALOG_CSV) });
    await page.getByTestId('chosen-file').filter({ hasText: 'spring-catalog.csv' }).waitFor();
    await page.getByTestId('start-import').click();

    // The bar follows the subscription until the job reports success.
    const job = page.locator('[data-testid="import-job"][data-status="succeeded"]');
    await job.waitFor();
    await page.getByTestId('import-percent').filter({ hasText: '100%' }).waitFor();
    expect(await page.getByTestId('import-progress').getAttribute('aria-valuenow')).toBe('100');
    expect(await page.getByTestId('import-headline').innerText()).toContain('Done: 3 products created, 0 products updated');
    expect(page.url()).toMatch(/\/admin\/products\/import\?import=[0-9a-f-]{36}$/);
    expect(sentFrames.some((f) => f.includes('"subscribe"') && f.includes('catalogImportProgress'))).toBe(true);
    await page.getByTestId('recent-import').filter({ hasText: 'spring-catalog.csv' }).waitFor();
    await page.screenshot({ path: artifact('admin-import-done.png') });

    await page.getByTestId('view-products').click();
    await page.getByTestId('product-row').nth(2).waitFor();
    expect(await page.getByTestId('product-name').allInnerTexts()).toEqual(['Harbor Organic Tee', 'Summit Enamel Mug', 'Trailhead Daypack 20L']);
    await page.getByTestId('product-count').filter({ hasText: '3 products' }).waitFor();
    await page.screenshot({ path: artifact('admin-products-list.png') });
  }, 90_000);

  it('a file with bad rows is refused with a per-row report and changes nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/products/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'accessories.csv', mimeType: 'text/csv', buffer: Buffer.from(BROKEN_CSV) });
    await page.getByTestId('start-import').click();
    await page.locator('[data-testid="import-job"][data-status="failed"]').waitFor();
    expect(await page.getByTestId('import-headline').innerText()).toContain('Nothing was changed');
    const problems = await page.getByTestId('import-error').allInnerTexts();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Row 2\s+ADM-SOCK\s+price "twelve" is not a valid amount/);
    expect(problems[1]).toMatch(/Row 3\s+ADM-BELT\s+name is required/);
    await page.screenshot({ path: artifact('admin-import-errors.png') });

    const staff = t.client();
    staff.token = store.token;
    expect((await search(staff, null, { filter: { statuses: ['active', 'draft', 'archived'] } })).totalCount).toBe(3);
  }, 90_000);

  it('staff change the status of selected products in bulk and filter by it; the filter lives in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await servePictures(page);
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/products`);
    const mug = page.getByTestId('product-row').filter({ hasText: 'Summit Enamel Mug' });
    await mug.getByRole('checkbox').check();
    await page.getByTestId('bulk-bar').filter({ hasText: '1 selected' }).waitFor();
    await page.getByTestId('bulk-status').click();
    await page.getByRole('menuitem', { name: 'Draft' }).click();
    await mug.getByTestId('product-status').filter({ hasText: 'Draft' }).waitFor();

    await page.getByTestId('status-chips').getByRole('option', { name: 'Draft' }).click();
    await page.waitForURL(/status=draft/);
    await page.getByTestId('product-count').filter({ hasText: '1 product match' }).waitFor();
    expect(await page.getByTestId('product-name').allInnerTexts()).toEqual(['Summit Enamel Mug']);

    // A reload keeps the filter.
    await page.reload();
    await page.getByTestId('product-count').filter({ hasText: '1 product match' }).waitFor();
    await page.screenshot({ path: artifact('admin-products-draft-filter.png') });
  }, 90_000);

  it('the product page shows variants with SKU, price and stock; stock adjusted there lands in the history', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await servePictures(page);
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/products`);
    await page.getByRole('link', { name: /Harbor Organic Tee/ }).click();
    await page.getByTestId('product-title').filter({ hasText: 'Harbor Organic Tee' }).waitFor();
    const variants = await page.getByTestId('variant-row').allInnerTexts();
    expect(variants).toHaveLength(3);
    expect(variants[1]).toMatch(/^ADM-TEE-M\s+(Size: M · Color: Navy|Color: Navy · Size: M)\s+\$24\.00\s+\$19\.00\s+On sale\s+3$/);
    expect(await page.getByTestId('attributes').innerText()).toMatch(/Material\s+Organic cotton/);

    const medium = page.locator('[data-testid="stock-row"][data-sku="ADM-TEE-M"]');
    await medium.getByTestId('adjust').click();
    await page.getByTestId('adjust-kind').click();
    await page.getByRole('option', { name: 'Received from supplier' }).click();
    await page.getByTestId('adjust-delta').fill('5');
    await page.getByTestId('adjust-reason').fill('Delivery from Portugal');
    await page.getByTestId('adjust-save').click();
    await medium.getByTestId('on-hand').filter({ hasText: /^8$/ }).waitFor();
    await page.getByTestId('movement').filter({ hasText: 'Delivery from Portugal' }).waitFor();
    await page.evaluate(() => document.querySelectorAll('main, mat-sidenav-content').forEach((el) => el.scrollTo(0, 0)));
    await page.screenshot({ path: artifact('admin-product-detail.png') });
  }, 90_000);

  it('the product editor saves details, prices and a new variant through the import, leaving stock as it was', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await servePictures(page);
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/products`);
    await page.getByRole('link', { name: /Harbor Organic Tee/ }).click();
    await page.getByTestId('edit-product').click();
    await page.getByTestId('edit-name').fill('Harbor Heavyweight Tee');
    await page.getByTestId('variant-price-1').fill('26');
    await page.getByTestId('add-variant').click();
    await page.getByTestId('variant-sku-3').fill('ADM-TEE-XL');
    const added = page.getByTestId('variant-editor').nth(3);
    await added.getByLabel('Size').fill('XL');
    await added.getByLabel('Color').fill('Navy');
    await added.getByLabel('Price', { exact: true }).fill('27');

    // A mistake is explained before anything is sent.
    await page.getByTestId('variant-sku-3').fill('ADM TEE XL');
    await page.getByTestId('save-product').click();
    await page.getByTestId('editor-problem').filter({ hasText: 'the SKU may only hold letters' }).waitFor();
    await page.getByTestId('variant-sku-3').fill('ADM-TEE-XL');
    await page.evaluate(() => document.querySelectorAll('main, mat-sidenav-content').forEach((el) => el.scrollTo(0, 0)));
    await page.screenshot({ path: artifact('admin-product-editor.png') });
    await page.getByTestId('save-product').click();

    await page.getByTestId('product-title').filter({ hasText: 'Harbor Heavyweight Tee' }).waitFor();
    const variants = await page.getByTestId('variant-row').allInnerTexts();
    expect(variants).toHaveLength(4);
    expect(variants[1]).toMatch(/^ADM-TEE-M\s.*\$26\.00\s+\$19\.00\s+On sale\s+8$/);
    expect(variants[3]).toMatch(/^ADM-TEE-XL\s.*XL.*\$27\.00\s+—\s+—\s+0$/);
    expect(await page.getByTestId('attributes').innerText()).toMatch(/Material\s+Organic cotton/);
  }, 90_000);

  it('on the inventory page staff set a low-stock alert, adjust with a reason, transfer between locations and filter low stock', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, store, t.url);
    await page.getByRole('link', { name: 'Inventory' }).click();
    const large = page.locator('[data-testid="stock-row"][data-sku="ADM-TEE-L"]');
    await large.waitFor();
    await large.getByRole('button', { name: 'Low-stock alert for ADM-TEE-L' }).click();
    await page.getByTestId('threshold').fill('2');
    await page.getByTestId('threshold-save').click();
    await large.getByTestId('low-stock').waitFor();

    // Removing more than is on hand is refused before anything is sent.
    const pack = page.locator('[data-testid="stock-row"][data-sku="ADM-PACK"]');
    await pack.getByTestId('adjust').click();
    await page.getByTestId('adjust-delta').fill('-9');
    await page.getByTestId('adjust-reason').fill('Damaged');
    await page.getByTestId('adjust-save').click();
    await page.getByRole('alert').filter({ hasText: 'Only 7 on hand' }).waitFor();
    await page.getByTestId('adjust-delta').fill('-2');
    await page.getByTestId('adjust-save').click();
    await pack.getByTestId('on-hand').filter({ hasText: /^5$/ }).waitFor();
    await page.getByTestId('movement').filter({ hasText: 'Damaged' }).waitFor();

    // A second location makes transfers possible; both rows of the mug show the move.
    await page.getByTestId('add-location').click();
    await page.getByTestId('location-name').fill('Shop floor');
    expect(await page.getByTestId('location-code').inputValue()).toBe('shop-floor');
    await page.getByTestId('location-save').click();
    const mug = page.locator('[data-testid="stock-row"][data-sku="ADM-MUG"]');
    await mug.getByRole('button', { name: 'Transfer ADM-MUG' }).click();
    await page.getByTestId('transfer-quantity').fill('6');
    await page.getByTestId('transfer-reason').fill('Display shelf');
    await page.getByTestId('transfer-save').click();
    await page.locator('[data-testid="stock-row"][data-sku="ADM-MUG"]').filter({ hasText: 'Shop floor' }).getByTestId('on-hand').filter({ hasText: /^6$/ }).waitFor();
    await mug.filter({ hasText: 'Main warehouse' }).getByTestId('on-hand').filter({ hasText: /^34$/ }).waitFor();
    // The movements list reloads on its own: both legs of the transfer, once each.
    await page.getByTestId('movement').filter({ hasText: 'Display shelf' }).nth(1).waitFor();
    expect(await page.getByTestId('movement').filter({ hasText: 'Display shelf' }).count()).toBe(2);

    await page.getByTestId('low-stock-filter').click();
    await page.waitForURL(/low=1/);
    await page.locator('[data-testid="stock-row"]').first().waitFor();
    expect(await page.locator('[data-testid="stock-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sku')))).toEqual(['ADM-TEE-L']);
    expect(await page.getByTestId('stock-row').innerText()).toContain('Harbor Heavyweight Tee');
    await page.screenshot({ path: artifact('admin-inventory-low-stock.png'), fullPage: true });
  }, 90_000);

  it('a search that found nothing is listed on the search page, and a synonym added there makes it find the product', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await servePictures(page);
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/products`);
    await page.getByTestId('product-search').fill('flask');
    await page.getByTestId('product-search').press('Enter');
    await page.waitForURL(/q=flask/);
    await page.getByText('No products match').waitFor();

    await page.goto(`${t.url}/admin/products/search`);
    const miss = page.getByTestId('search-miss').filter({ hasText: 'flask' });
    await miss.getByRole('button', { name: 'Add synonym' }).click();
    // The form fills in on the page's next render, not within the click.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="synonym-term"]')?.value === 'flask');
    await page.getByTestId('synonym-words').fill('mug');
    await page.getByTestId('synonym-save').click();
    // Synonyms work both ways: the reverse link is listed too.
    await page.getByTestId('synonym').filter({ hasText: 'flask' }).filter({ hasText: 'mug' }).nth(1).waitFor();
    await page.screenshot({ path: artifact('admin-search-tuning.png') });

    await page.goto(`${t.url}/admin/products?q=flask`);
    await page.getByTestId('product-row').first().waitFor();
    expect(await page.getByTestId('product-name').allInnerTexts()).toEqual(['Summit Enamel Mug']);
  }, 90_000);

  it('the pages fit a phone-sized screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await servePictures(page);
    await signIn(page, store, t.url);
    for (const [path, name, ready] of [
      ['products', 'admin-products-390.png', 'product-row'],
      ['products/import', 'admin-import-390.png', 'start-import'],
      ['inventory', 'admin-inventory-390.png', 'stock-row'],
      ['products/categories', 'admin-categories-390.png', 'category'],
      ['product', 'admin-product-390.png', 'variant-row'],
      ['product-edit', 'admin-product-editor-390.png', 'variant-editor'],
    ] as const) {
      if (path === 'product') {
        await page.goto(`${t.url}/admin/products`);
        await page.getByRole('link', { name: /Harbor Heavyweight Tee/ }).click();
      } else if (path === 'product-edit') {
        await page.getByTestId('edit-product').click();
      } else {
        await page.goto(`${t.url}/admin/${path}`);
      }
      await page.getByTestId(ready).first().waitFor();
      // Only tables may scroll sideways, never the page itself.
      const overflow = await page.evaluate(() => document.querySelector('main')!.scrollWidth - document.querySelector('main')!.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: artifact(name), fullPage: true });
    }
  }, 90_000);

  it('another store sees none of the imported products', async () => {
    const other = await signUpStore(t.client(), 'Someone Else');
    expect((await search(other.client, null, { filter: { statuses: ['active', 'draft', 'archived'] } })).totalCount).toBe(0);
  }, 30_000);
});
