import type { Routes } from '@angular/router';
import { ConversationEvents } from './conversation-events';
import { ConversationTranscript } from './conversation-transcript/conversation-transcript';
import { ConversationsPage } from './conversations-page';
import { NoConversationSelected } from './no-conversation-selected';

export const CONVERSATIONS_ROUTES: Routes = [
  {
    path: '',
    component: ConversationsPage,
    providers: [ConversationEvents],
    children: [
      { path: '', component: NoConversationSelected },
      { path: ':id', component: ConversationTranscript },
    ],
  },
];
