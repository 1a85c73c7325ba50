import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A bare controller host: counts update requests, renders nothing. */
export class TestControllerHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
}
