const SENTENCE_END = /[.!?](?=\s)|\n/;
const FIGURE = /[\d$€£¥]/;

/**
 * Lets a model's streamed words reach the visitor only as far as they are known to be safe. Text
 * without figures flows as it arrives; a sentence holding a price or a stock count waits until it
 * is complete and has been checked against the turn's tool results. The first sentence that fails
 * stops the stream for good: the stored reply, corrected or replaced, takes the draft's place.
 */
export class StreamingGate {
  private sentence = '';
  private emitted = 0;
  private stopped = false;

  constructor(
    private readonly isSafe: (sentence: string) => boolean,
    private readonly emit: (text: string) => void,
  ) {}

  push(delta: string): void {
    if (this.stopped || !delta) return;
    this.sentence += delta;
    let end = this.sentence.search(SENTENCE_END);
    while (end >= 0) {
      const complete = this.sentence.slice(0, end + 1);
      if (!this.isSafe(complete)) {
        this.stopped = true;
        return;
      }
      this.send(complete.slice(this.emitted));
      this.sentence = this.sentence.slice(end + 1);
      this.emitted = 0;
      end = this.sentence.search(SENTENCE_END);
    }
    const figureAt = this.sentence.search(FIGURE);
    const safeUpTo = figureAt < 0 ? this.sentence.length : figureAt;
    if (safeUpTo > this.emitted) {
      this.send(this.sentence.slice(this.emitted, safeUpTo));
      this.emitted = safeUpTo;
    }
  }

  private send(text: string): void {
    if (text) this.emit(text);
  }
}
