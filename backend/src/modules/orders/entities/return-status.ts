/** Where a return is: the shopper asked, staff decided, the parcel came back, the money went back. */
export enum ReturnStatus {
  REQUESTED = 'requested',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  RECEIVED = 'received',
  REFUNDED = 'refunded',
}

/** The moves staff may make from each return status. */
export const RETURN_TRANSITIONS: Readonly<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  [ReturnStatus.REQUESTED]: [ReturnStatus.APPROVED, ReturnStatus.REJECTED],
  [ReturnStatus.APPROVED]: [ReturnStatus.RECEIVED, ReturnStatus.REJECTED],
  [ReturnStatus.RECEIVED]: [ReturnStatus.REFUNDED],
  [ReturnStatus.REJECTED]: [],
  [ReturnStatus.REFUNDED]: [],
};
