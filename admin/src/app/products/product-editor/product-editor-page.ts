import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, FormControl, FormGroup, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { EMPTY, firstValueFrom, startWith, switchMap } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import { LoadFailed } from '../../shared/load-failed';
import { PRODUCT_STATUSES, PRODUCT_STATUS_LABELS, capitalize, type ProductStatus } from '../catalog.models';
import { CATALOG_STRUCTURE } from '../catalog.graphql';
import { CatalogImportTracker } from '../catalog-import/catalog-import-tracker';
import { rowLabel } from '../catalog-import/import-file';
import { PRODUCT_DETAIL } from '../product-detail/product-detail.graphql';
import { draftOf, draftProblems, importDocumentOf, type ProductDraft, type VariantDraft } from './product-draft';

type AttributeForm = FormGroup<{ name: FormControl<string>; values: FormControl<string> }>;
type VariantForm = FormGroup<{
  sku: FormControl<string>;
  options: FormRecord<FormControl<string>>;
  price: FormControl<number | null>;
  salePrice: FormControl<number | null>;
  saleStart: FormControl<string>;
  saleEnd: FormControl<string>;
}>;
type EditorForm = FormGroup<{
  name: FormControl<string>;
  description: FormControl<string>;
  brand: FormControl<string>;
  categories: FormControl<string>;
  images: FormControl<string>;
  status: FormControl<ProductStatus>;
  featured: FormControl<boolean>;
  attributes: FormArray<AttributeForm>;
  variants: FormArray<VariantForm>;
}>;

/** What the form does not edit: how the product is identified and shaped, and each variant's picture. */
interface DraftFrame {
  readonly sku: string;
  readonly simple: boolean;
  readonly optionNames: readonly string[];
  readonly variants: readonly Pick<VariantDraft, 'isNew' | 'imageUrl'>[];
}

/**
 * Edits a product: details, categories, pictures, attributes and the variants' SKUs, options and
 * prices. Saving imports the product by its SKU, all or nothing, through the catalog import.
 */
@Component({
  selector: 'sd-product-editor-page',
  imports: [
    EmptyState,
    LoadFailed,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './product-editor-page.html',
  styleUrl: './product-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductEditorPage {
  private readonly apollo = inject(Apollo);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly tracker = inject(CatalogImportTracker);

  /** Bound from the route's `:id`. */
  readonly id = input.required<string>();

  protected readonly statuses = PRODUCT_STATUSES;
  protected readonly statusLabels = PRODUCT_STATUS_LABELS;
  protected readonly capitalize = capitalize;

  protected readonly source = resource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => {
      const [product, structure] = await Promise.all([
        firstValueFrom(this.apollo.query({ query: PRODUCT_DETAIL, variables: { id: params.id }, fetchPolicy: 'network-only' })),
        firstValueFrom(this.apollo.query({ query: CATALOG_STRUCTURE, fetchPolicy: 'network-only' })),
      ]);
      const found = product.data?.product;
      return found ? draftOf(found, structure.data?.categories ?? []) : null;
    },
  });

  protected readonly form = signal<EditorForm | null>(null);
  protected readonly frame = signal<DraftFrame | null>(null);
  /** The form's value as a signal, for the live list of problems. */
  private readonly formValue = toSignal(
    toObservable(this.form).pipe(switchMap((form) => (form ? form.valueChanges.pipe(startWith(null)) : EMPTY))),
    { initialValue: null },
  );
  protected readonly draft = computed(() => {
    this.formValue();
    const form = this.form();
    const frame = this.frame();
    return form && frame ? draftFrom(form, frame) : null;
  });
  protected readonly problems = computed(() => {
    const draft = this.draft();
    return draft ? draftProblems(draft) : [];
  });
  protected readonly imagePreviews = computed(() =>
    (this.draft()?.images ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^(https?:\/\/|\/)/.test(l)),
  );
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveErrors = signal<readonly string[]>([]);

  constructor() {
    effect(() => {
      const draft = this.source.value();
      if (draft && !this.form()) {
        this.form.set(this.buildForm(draft));
        this.frame.set({ sku: draft.sku, simple: draft.simple, optionNames: draft.optionNames, variants: draft.variants.map((v) => ({ isNew: false, imageUrl: v.imageUrl })) });
      }
    });
  }

  protected get attributes(): FormArray<AttributeForm> | null {
    return this.form()?.controls.attributes ?? null;
  }

  protected get variants(): FormArray<VariantForm> | null {
    return this.form()?.controls.variants ?? null;
  }

  protected addAttribute(): void {
    this.attributes?.push(this.attributeForm({ name: '', values: '' }));
  }

  protected removeAttribute(index: number): void {
    this.attributes?.removeAt(index);
  }

  protected addVariant(): void {
    const frame = this.frame();
    if (!frame || frame.simple) return;
    this.variants?.push(
      this.variantForm(
        { sku: '', isNew: true, options: {}, price: this.variants.at(-1)?.controls.price.value ?? null, salePrice: null, saleStart: '', saleEnd: '', imageUrl: null },
        frame.optionNames,
      ),
    );
    this.frame.set({ ...frame, variants: [...frame.variants, { isNew: true, imageUrl: null }] });
  }

  /** Only variants added here can go; removing a saved one is not something an import can do. */
  protected removeVariant(index: number): void {
    const frame = this.frame();
    if (!frame?.variants[index]?.isNew) return;
    this.variants?.removeAt(index);
    this.frame.set({ ...frame, variants: frame.variants.filter((_, i) => i !== index) });
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.saveErrors.set([]);
    const draft = this.draft();
    if (!draft || this.problems().length || this.saving()) return;
    this.saving.set(true);
    try {
      const result = await this.tracker.run('JSON', JSON.stringify(importDocumentOf(draft)), `${draft.sku} (edited).json`);
      if (result.status === 'succeeded') {
        this.snackBar.open(`${draft.name.trim()} saved`, undefined, { duration: 3000 });
        void this.router.navigate(['/products', this.id()]);
      } else {
        this.saveErrors.set(result.errors.map((e) => `${e.row > 0 ? `${rowLabel(e.row)}${e.sku ? ` (${e.sku})` : ''}: ` : ''}${e.message}`));
      }
    } catch {
      this.saveErrors.set(['The changes could not be saved. Check your connection and try again.']);
    } finally {
      this.saving.set(false);
    }
  }

  private buildForm(draft: ProductDraft): EditorForm {
    return this.fb.group({
      name: draft.name,
      description: draft.description,
      brand: draft.brand,
      categories: draft.categories,
      images: draft.images,
      status: this.fb.control<ProductStatus>(draft.status),
      featured: draft.featured,
      attributes: this.fb.array(draft.attributes.map((a) => this.attributeForm(a))),
      variants: this.fb.array(draft.variants.map((v) => this.variantForm(v, draft.optionNames))),
    });
  }

  private attributeForm(a: { name: string; values: string }): AttributeForm {
    return this.fb.group({ name: a.name, values: a.values });
  }

  private variantForm(v: VariantDraft, optionNames: readonly string[]): VariantForm {
    return this.fb.group({
      sku: this.fb.control({ value: v.sku, disabled: !v.isNew }),
      options: this.fb.record(Object.fromEntries(optionNames.map((name) => [name, this.fb.control(v.options[name] ?? '')]))),
      price: this.fb.control<number | null>(v.price),
      salePrice: this.fb.control<number | null>(v.salePrice),
      saleStart: v.saleStart,
      saleEnd: v.saleEnd,
    });
  }
}

function draftFrom(form: EditorForm, frame: DraftFrame): ProductDraft {
  const v = form.getRawValue();
  return {
    sku: frame.sku,
    name: v.name,
    description: v.description,
    brand: v.brand,
    categories: v.categories,
    images: v.images,
    status: v.status,
    featured: v.featured,
    attributes: v.attributes,
    simple: frame.simple,
    optionNames: frame.optionNames,
    variants: v.variants.map((variant, i) => ({
      sku: variant.sku.trim(),
      isNew: frame.variants[i]?.isNew ?? true,
      options: variant.options,
      price: variant.price,
      salePrice: variant.salePrice,
      saleStart: variant.saleStart,
      saleEnd: variant.saleEnd,
      imageUrl: frame.variants[i]?.imageUrl ?? null,
    })),
  };
}
