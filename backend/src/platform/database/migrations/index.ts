import { Initial1795308288487 } from './1795308288487-Initial';
import { LiveChatAgents1795309001699 } from './1795309001699-LiveChatAgents';
import { CatalogAndInventory1795309044607 } from './1795309044607-CatalogAndInventory';
import { Analytics1795309564613 } from './1795309564613-Analytics';
import { AssistantAndKnowledge1795309597263 } from './1795309597263-AssistantAndKnowledge';
import { OrdersAndPayments1795309790725 } from './1795309790725-OrdersAndPayments';
import { CannedRepliesAndCsat1795310662624 } from './1795310662624-CannedRepliesAndCsat';
import { AssistantReplyRules1795323641608 } from './1795323641608-AssistantReplyRules';
import { MessageBlocks1795323694639 } from './1795323694639-MessageBlocks';
import { AnalyticsSalesSentimentStock1795323701548 } from './1795323701548-AnalyticsSalesSentimentStock';
import { StoreBusinessHours1795323778704 } from './1795323778704-StoreBusinessHours';
import { OrderReturns1795323922390 } from './1795323922390-OrderReturns';
import { DraftOrders1795324942291 } from './1795324942291-DraftOrders';
import { Wishlists1795326303513 } from './1795326303513-Wishlists';
import { PaymentPlans1795328084728 } from './1795328084728-PaymentPlans';
import { DrillDownAndDemandGapIndexes1796564279312 } from './1796564279312-DrillDownAndDemandGapIndexes';

// Every migration, in order. Listed explicitly so compiled and ts-node runs load the same set.
export const MIGRATIONS = [Initial1795308288487, LiveChatAgents1795309001699, CatalogAndInventory1795309044607, Analytics1795309564613, AssistantAndKnowledge1795309597263, OrdersAndPayments1795309790725, CannedRepliesAndCsat1795310662624, AssistantReplyRules1795323641608, MessageBlocks1795323694639, AnalyticsSalesSentimentStock1795323701548, StoreBusinessHours1795323778704, OrderReturns1795323922390, DraftOrders1795324942291, Wishlists1795326303513, PaymentPlans1795328084728, DrillDownAndDemandGapIndexes1796564279312];
