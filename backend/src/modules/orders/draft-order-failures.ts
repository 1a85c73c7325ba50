/** The draft's invoice was sent already: it can no longer change. */
export class DraftOrderInvoiced {
  readonly code = 'DRAFT_ORDER_INVOICED';
  readonly message = 'The invoice for this draft has been sent already';
  constructor(readonly orderId: string | null) {}
}
