import { ChangeDetectionStrategy, Component, type ElementRef, OnDestroy, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { failureMessage } from '../../settings/failure-message';
import { imageUrlProblem } from '../conversation-transcript/message-blocks/block-presentation';
import type { CannedReply } from './conversation-actions.graphql';
import { ConversationActions } from './conversation-actions';
import { TypingThrottle } from '@shopdesk/shared';

export type ComposerMode = 'reply' | 'note';

export interface ComposedMessage {
  readonly mode: ComposerMode;
  readonly text: string;
  /** An https picture sent under a reply; notes carry none. */
  readonly imageUrl: string | null;
}

/** Where an agent writes: a reply to the visitor, or a note only the team sees. Enter sends, Shift+Enter adds a line. */
@Component({
  selector: 'sd-agent-composer',
  imports: [FormsModule, MatButtonModule, MatButtonToggleModule, MatIconModule, MatMenuModule],
  template: `
    <form class="composer" [class.note]="mode() === 'note'" (ngSubmit)="submit()">
      <div class="toolbar">
        <mat-button-toggle-group
          class="mode"
          [value]="mode()"
          (change)="setMode($event.value)"
          aria-label="Write a"
          hideSingleSelectionIndicator
        >
          <mat-button-toggle value="reply">Reply</mat-button-toggle>
          <mat-button-toggle value="note">Note</mat-button-toggle>
        </mat-button-toggle-group>
        <button mat-button type="button" class="canned" [matMenuTriggerFor]="cannedMenu" (menuOpened)="loadCanned()" data-testid="canned-replies">
          Canned replies
        </button>
        @if (mode() === 'reply') {
          <button mat-button type="button" data-testid="attach-image" (click)="openImageField()" [disabled]="disabled() || imageFieldOpen()">
            Attach image
          </button>
        }
        <mat-menu #cannedMenu="matMenu" class="sd-canned-menu">
          @for (reply of canned(); track reply.id) {
            <button mat-menu-item type="button" (click)="insert(reply)">
              <span class="shortcut">/{{ reply.shortcut }}</span> {{ reply.text }}
            </button>
          } @empty {
            <p class="canned-empty">{{ cannedLoading() ? 'Loading…' : 'No canned replies yet.' }}</p>
          }
        </mat-menu>
      </div>
      @if (imageFieldOpen()) {
        <div class="image-field">
          <input
            #imageField
            type="url"
            name="imageUrl"
            inputmode="url"
            aria-label="Image address"
            placeholder="https://… address of the image"
            data-testid="image-url"
            [ngModel]="imageDraft()"
            (ngModelChange)="imageDraft.set($event); imageError.set(null)"
            (keydown.enter)="$event.preventDefault(); attachImage()"
            (keydown.escape)="closeImageField()"
            [attr.aria-invalid]="imageError() ? true : null"
            aria-describedby="image-url-error"
          />
          <button mat-stroked-button type="button" (click)="attachImage()">Add</button>
          <button mat-button type="button" (click)="closeImageField()">Cancel</button>
        </div>
        <p class="error" id="image-url-error" role="alert">{{ imageError() }}</p>
      }
      @if (mode() === 'reply' && image(); as url) {
        <div class="preview" data-testid="image-preview">
          @if (previewFailed()) {
            <span class="preview-broken">Preview not available: check the address opens an image.</span>
          } @else {
            <img [src]="url" alt="Image to send" (error)="previewFailed.set(true)" />
          }
          <span class="preview-url">{{ url }}</span>
          <button mat-button type="button" (click)="removeImage()">Remove image</button>
        </div>
      }
      <div class="row">
        <textarea
          #field
          name="text"
          rows="2"
          data-testid="agent-composer"
          [attr.aria-label]="mode() === 'note' ? 'Internal note (only your team sees it)' : 'Reply to the visitor'"
          [placeholder]="mode() === 'note' ? 'Note for your team — the visitor never sees it' : 'Reply to the visitor'"
          [ngModel]="text()"
          (ngModelChange)="onInput($event)"
          (keydown.enter)="onEnter($event)"
          [disabled]="disabled()"
        ></textarea>
        <button mat-flat-button type="submit" [disabled]="disabled() || sending() || !text().trim()">
          {{ mode() === 'note' ? 'Add note' : 'Send' }}
        </button>
      </div>
      @if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </form>
  `,
  styles: `
    :host {
      display: block;
      border-top: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
    }
    .composer {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 880px;
      margin: 0 auto;
      padding: 12px 24px 16px;
    }
    .toolbar {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .canned-empty {
      margin: 8px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .mode {
      align-self: flex-start;
      --mat-standard-button-toggle-height: 32px;
    }
    .row {
      display: flex;
      gap: 8px;
      align-items: flex-end;
    }
    textarea {
      flex: 1;
      min-height: 44px;
      max-height: 160px;
      resize: vertical;
      padding: 10px 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-lowest);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
    }
    textarea:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -1px;
    }
    .note textarea {
      background: var(--sd-note-container, #fff8e1);
      border-color: var(--sd-note-outline, #e0b400);
    }
    .image-field,
    .preview {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .image-field input {
      flex: 1;
      height: 36px;
      padding: 0 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-lowest);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }
    .image-field input[aria-invalid] {
      border-color: var(--mat-sys-error);
    }
    .preview img {
      max-width: 96px;
      max-height: 64px;
      border-radius: var(--mat-sys-corner-small);
      border: 1px solid var(--mat-sys-outline-variant);
      object-fit: contain;
    }
    .preview-url,
    .preview-broken {
      flex: 1;
      min-width: 0;
      overflow: hidden;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .error:empty {
      display: none;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentComposer implements OnDestroy {
  readonly disabled = input(false);
  /** Resolves once the message is stored; a rejection keeps the text for another try. */
  readonly send = input.required<(message: ComposedMessage) => Promise<void>>();
  readonly typing = output<boolean>();

  protected readonly mode = signal<ComposerMode>('reply');
  protected readonly text = signal('');
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly canned = signal<readonly CannedReply[]>([]);
  protected readonly cannedLoading = signal(false);
  private readonly actions = inject(ConversationActions);
  /** The image address being typed, before it is checked and attached. */
  protected readonly imageDraft = signal('');
  protected readonly imageFieldOpen = signal(false);
  protected readonly imageError = signal<string | null>(null);
  /** The attached image, sent with the next reply. */
  protected readonly image = signal<string | null>(null);
  protected readonly previewFailed = signal(false);
  private readonly field = viewChild<ElementRef<HTMLTextAreaElement>>('field');
  private readonly imageField = viewChild<ElementRef<HTMLInputElement>>('imageField');
  private readonly throttle = new TypingThrottle((active) => this.typing.emit(active));

  ngOnDestroy(): void {
    this.throttle.stop();
  }

  focus(): void {
    this.field()?.nativeElement.focus();
  }

  protected setMode(mode: ComposerMode): void {
    this.mode.set(mode);
    // Notes are not for the visitor: no typing indicator for them.
    if (mode === 'note') this.throttle.stop();
    this.focus();
  }

  protected onInput(value: string): void {
    this.text.set(value);
    this.error.set(null);
    if (this.mode() === 'reply' && value.trim()) this.throttle.keystroke();
    else this.throttle.stop();
  }

  protected openImageField(): void {
    this.imageDraft.set(this.image() ?? '');
    this.imageError.set(null);
    this.imageFieldOpen.set(true);
    setTimeout(() => this.imageField()?.nativeElement.focus());
  }

  protected closeImageField(): void {
    this.imageFieldOpen.set(false);
    this.imageError.set(null);
    this.focus();
  }

  /** Checked here first so the agent learns at once; the server applies the same rule. */
  protected attachImage(): void {
    const url = this.imageDraft().trim();
    const problem = imageUrlProblem(url);
    if (problem) {
      this.imageError.set(problem);
      return;
    }
    this.image.set(url);
    this.previewFailed.set(false);
    this.error.set(null);
    this.closeImageField();
  }

  protected removeImage(): void {
    this.image.set(null);
    this.error.set(null);
    this.focus();
  }

  protected async loadCanned(): Promise<void> {
    this.cannedLoading.set(true);
    try {
      this.canned.set(await this.actions.cannedReplies());
    } catch {
      this.canned.set([]);
    } finally {
      this.cannedLoading.set(false);
    }
  }

  /** Puts a canned reply into the composer for the agent to adjust before sending. */
  protected insert(reply: CannedReply): void {
    const current = this.text().trim();
    this.onInput(current ? `${current} ${reply.text}` : reply.text);
    this.focus();
  }

  protected onEnter(event: Event): void {
    if ((event as KeyboardEvent).shiftKey) return;
    event.preventDefault();
    void this.submit();
  }

  protected async submit(): Promise<void> {
    const text = this.text().trim();
    if (!text || this.sending()) return;
    const mode = this.mode();
    this.throttle.stop();
    this.sending.set(true);
    this.error.set(null);
    try {
      await this.send()({ mode, text, imageUrl: mode === 'reply' ? this.image() : null });
      this.text.set('');
      if (mode === 'reply') this.image.set(null);
    } catch (error) {
      // The server's own words when it refused the input (e.g. an image address it does not accept).
      this.error.set(failureMessage(error, mode === 'note' ? 'The note was not saved. Try again.' : 'The reply was not sent. Try again.'));
    } finally {
      this.sending.set(false);
      this.focus();
    }
  }
}
