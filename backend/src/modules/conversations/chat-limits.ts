import { Injectable } from '@nestjs/common';

/**
 * How much one visitor (or one network) may write into one store. Counters are keyed by store, so a
 * flood against one store never uses up another's allowance. Mutable so load tests can lift them.
 */
@Injectable()
export class ChatLimits {
  messagesPerVisitorPerMinute = 20;
  messagesPerIpPerMinute = 60;
  newConversationsPerVisitorPerHour = 10;
  typingSignalsPerTenSeconds = 20;
  newVisitorsPerIpPerHour = 60;
}
