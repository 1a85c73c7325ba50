import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../conversations/dto/conversation.type';
import { ReportKind } from '../reports/report-kind';

registerEnumType(ReportKind, { name: 'AnalyticsReportKind' });

@ObjectType('AnalyticsReportFigure', { description: 'A number the report states, exactly as it appears in the text.' })
export class AnalyticsReportFigureType {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() display!: string;
}

@ObjectType('AnalyticsRecommendation')
export class AnalyticsRecommendationType {
  @Field({ description: 'restock, faq, assortment or staffing.' }) kind!: string;
  @Field() text!: string;
}

@ObjectType('AnalyticsReport')
export class AnalyticsReportType {
  @Field(() => ID) id!: string;
  @Field(() => ReportKind) kind!: ReportKind;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field() title!: string;
  @Field({ description: 'Written from the figures below; every number in it is one of them.' }) narrative!: string;
  @Field({ description: "'model' when the configured language model wrote the narrative (its numbers checked against the figures), else 'template'." })
  narratedBy!: string;
  @Field(() => [AnalyticsReportFigureType]) figures!: AnalyticsReportFigureType[];
  @Field(() => [AnalyticsRecommendationType]) recommendations!: AnalyticsRecommendationType[];
  @Field() createdAt!: Date;
}

@ObjectType('AnalyticsReportEdge')
export class AnalyticsReportEdge {
  @Field() cursor!: string;
  @Field(() => AnalyticsReportType) node!: AnalyticsReportType;
}

@ObjectType('AnalyticsReportConnection')
export class AnalyticsReportConnection {
  @Field(() => [AnalyticsReportEdge]) edges!: AnalyticsReportEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
