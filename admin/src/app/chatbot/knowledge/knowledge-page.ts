import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { EmptyState } from '../../shared/empty-state';
import { LoadFailed } from '../../shared/load-failed';
import { ChatbotPermissions } from '../chatbot-permissions';
import { KnowledgeEditorDialog, type KnowledgeEditorData } from './knowledge-editor-dialog';
import { KIND_LABELS, sizeLabel } from './knowledge-labels';
import { DELETE_KNOWLEDGE_DOCUMENT, KNOWLEDGE_DOCUMENTS, type KnowledgeDocumentSummary, SEARCH_KNOWLEDGE } from './knowledge.graphql';

const PASSAGES_SHOWN = 5;

/** The store's policies, FAQs and documents, and a box to check what the assistant would retrieve for a question. */
@Component({
  selector: 'sd-knowledge-page',
  imports: [DatePipe, EmptyState, LoadFailed, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule],
  templateUrl: './knowledge-page.html',
  styleUrl: './knowledge-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KnowledgePage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly canManage = inject(ChatbotPermissions).canManage;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly sizeLabel = sizeLabel;

  // Params of undefined leave a resource idle: nothing is asked that the server would refuse.
  protected readonly documents = rxResource({
    params: () => (this.canManage() ? {} : undefined),
    stream: () => this.apollo.query({ query: KNOWLEDGE_DOCUMENTS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.knowledgeDocuments ?? [])),
  });

  /** The retrieval question lives in the URL (?q=), so a check can be shared or reloaded. */
  protected readonly question = toSignal(this.route.queryParamMap.pipe(map((params) => params.get('q')?.trim() ?? '')), {
    initialValue: this.route.snapshot.queryParamMap.get('q')?.trim() ?? '',
  });
  protected readonly passages = rxResource({
    params: () => (this.question() && this.canManage() ? { question: this.question() } : undefined),
    stream: ({ params }) =>
      this.apollo
        .query({ query: SEARCH_KNOWLEDGE, variables: { question: params.question, first: PASSAGES_SHOWN }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.searchKnowledge ?? [])),
  });
  protected readonly searched = computed(() => !!this.question() && this.passages.hasValue());

  protected test(question: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: question.trim() || null } });
  }

  protected async edit(document: KnowledgeDocumentSummary | null): Promise<void> {
    const saved = await firstValueFrom(
      this.dialog
        .open<KnowledgeEditorDialog, KnowledgeEditorData, boolean>(KnowledgeEditorDialog, { data: { id: document?.id ?? null }, width: '1040px', maxWidth: '96vw' })
        .afterClosed(),
    );
    if (!saved) return;
    this.snackBar.open(document ? 'Document saved' : 'Document added', undefined, { duration: 3000 });
    this.refresh();
  }

  protected async remove(document: KnowledgeDocumentSummary): Promise<void> {
    const confirmed = await ConfirmDialog.ask(this.dialog, {
      title: `Delete “${document.title}”?`,
      body: 'The assistant stops answering from it right away. This cannot be undone.',
      confirm: 'Delete',
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: DELETE_KNOWLEDGE_DOCUMENT, variables: { id: document.id } }));
      this.snackBar.open(`“${document.title}” deleted`, undefined, { duration: 3000 });
      this.refresh();
    } catch {
      this.snackBar.open('The document wasn’t deleted. Check your connection and try again.', undefined, { duration: 5000 });
    }
  }

  private refresh(): void {
    this.documents.reload();
    this.passages.reload();
  }
}
