import { ChangeDetectionStrategy, Component, effect, inject, resource, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CombinedGraphQLErrors } from '@apollo/client';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Apollo } from 'apollo-angular';
import { debounceTime, firstValueFrom, map } from 'rxjs';
import { FORMAT_LABELS, KIND_LABELS } from './knowledge-labels';
import {
  CREATE_KNOWLEDGE_DOCUMENT,
  KNOWLEDGE_DOCUMENT,
  type KnowledgeDocumentInput,
  type KnowledgeFormat,
  type KnowledgeKind,
  PREVIEW_KNOWLEDGE_CHUNKS,
  UPDATE_KNOWLEDGE_DOCUMENT,
} from './knowledge.graphql';

export interface KnowledgeEditorData {
  /** null: a new document. */
  readonly id: string | null;
}

const MAX_BODY = 200_000;
// Long enough that typing does not ask the server for a preview on every key.
const PREVIEW_DELAY_MS = 400;

/** Writes or edits a document, showing the passages the assistant will retrieve it as. Closes with true once saved. */
@Component({
  selector: 'sd-knowledge-editor-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, ReactiveFormsModule],
  templateUrl: './knowledge-editor-dialog.html',
  styleUrl: './knowledge-editor-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KnowledgeEditorDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<KnowledgeEditorDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<KnowledgeEditorData>(MAT_DIALOG_DATA);

  protected readonly kinds = Object.entries(KIND_LABELS) as [KnowledgeKind, string][];
  protected readonly formats = Object.entries(FORMAT_LABELS) as [KnowledgeFormat, string][];
  protected readonly maxBody = MAX_BODY;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    kind: ['POLICY' as KnowledgeKind],
    format: ['MARKDOWN' as KnowledgeFormat],
    body: ['', [Validators.required, Validators.maxLength(MAX_BODY)]],
  });

  protected readonly existing = resource({
    params: () => ({ id: this.data.id }),
    loader: async ({ params }) => {
      if (!params.id) return null;
      const result = await firstValueFrom(this.apollo.query({ query: KNOWLEDGE_DOCUMENT, variables: { id: params.id }, fetchPolicy: 'network-only' }));
      return result.data?.knowledgeDocument ?? null;
    },
  });

  private readonly draft = toSignal(this.form.valueChanges.pipe(debounceTime(PREVIEW_DELAY_MS), map(() => this.form.getRawValue())), { initialValue: null });
  protected readonly chunks = rxResource({
    params: () => {
      const draft = this.draft();
      return draft?.body.trim() ? draft : undefined;
    },
    stream: ({ params }) =>
      this.apollo.query({ query: PREVIEW_KNOWLEDGE_CHUNKS, variables: { input: params }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.previewKnowledgeChunks ?? [])),
  });

  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    effect(() => {
      const document = this.existing.value();
      if (document) this.form.reset({ title: document.title, kind: document.kind, format: document.format, body: document.body });
    });
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problem.set(null);
    const input: KnowledgeDocumentInput = this.form.getRawValue();
    try {
      const id = this.data.id;
      await (id
        ? firstValueFrom(this.apollo.mutate({ mutation: UPDATE_KNOWLEDGE_DOCUMENT, variables: { id, input } }))
        : firstValueFrom(this.apollo.mutate({ mutation: CREATE_KNOWLEDGE_DOCUMENT, variables: { input } })));
      this.dialogRef.close(true);
    } catch (error) {
      this.problem.set(CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message).join(' ') : 'The document didn’t save. Check your connection and try again.');
    } finally {
      this.saving.set(false);
    }
  }
}
