import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { KnowledgeModule } from '../knowledge/knowledge.module';
import { OrdersModule } from '../orders/orders.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { AssistantReplyProcessor } from './assistant-reply.processor';
import { AssistantPreviewResolver } from './preview/assistant-preview.resolver';
import { AssistantSettings } from './settings/assistant-settings.entity';
import { AssistantSettingsResolver } from './settings/assistant-settings.resolver';
import { AssistantSettingsService } from './settings/assistant-settings.service';
import { ProviderKeyCipher } from './settings/provider-key-cipher';
import { CatalogGateway } from './tools/catalog-gateway';
import { AddToCartTool } from './tools/add-to-cart.tool';
import { CancelOrderTool } from './tools/cancel-order.tool';
import { CheckStockTool } from './tools/check-stock.tool';
import { CheckoutLinkTool } from './tools/checkout-link.tool';
import { GetPolicyTool } from './tools/get-policy.tool';
import { GetProductTool } from './tools/get-product.tool';
import { HandoffToHumanTool } from './tools/handoff-to-human.tool';
import { SearchProductsTool } from './tools/search-products.tool';
import { StartReturnTool } from './tools/start-return.tool';
import { ToolRegistry } from './tools/tool-registry';
import { TrackOrderTool } from './tools/track-order.tool';
import { ViewCartTool } from './tools/view-cart.tool';
import { AssistantEngine } from './turn/assistant-engine';
import { AssistantTurn } from './turn/assistant-turn.entity';
import { AssistantTurnLog } from './turn/assistant-turn-log';
import { NluInterpreter } from './understanding/nlu-interpreter';
import { MessageInterpreter } from './understanding/understanding';

@Module({
  imports: [TypeOrmModule.forFeature([AssistantTurn, AssistantSettings]), ConversationsModule, TenancyModule, CatalogModule, KnowledgeModule, OrdersModule],
  providers: [
    { provide: MessageInterpreter, useFactory: () => NluInterpreter.create() },
    CatalogGateway,
    SearchProductsTool,
    GetProductTool,
    CheckStockTool,
    GetPolicyTool,
    HandoffToHumanTool,
    AddToCartTool,
    ViewCartTool,
    CheckoutLinkTool,
    TrackOrderTool,
    CancelOrderTool,
    StartReturnTool,
    ToolRegistry,
    ProviderKeyCipher,
    AssistantSettingsService,
    AssistantSettingsResolver,
    AssistantEngine,
    AssistantTurnLog,
    AssistantReplyProcessor,
    AssistantPreviewResolver,
  ],
  exports: [AssistantEngine],
})
export class AssistantModule {}
