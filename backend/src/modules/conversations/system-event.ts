/** What a system message in a transcript announces. */
export enum SystemEvent {
  AGENT_JOINED = 'agent_joined',
  AGENT_LEFT = 'agent_left',
  HANDED_BACK = 'handed_back',
  HUMAN_REQUESTED = 'human_requested',
  RESOLVED = 'resolved',
  SNOOZED = 'snoozed',
  REOPENED = 'reopened',
  /** Outside business hours the visitor left an email to be answered at. */
  CONTACT_LEFT = 'contact_left',
}
