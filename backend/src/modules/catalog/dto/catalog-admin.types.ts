import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export enum CatalogFileFormat {
  CSV = 'csv',
  JSON = 'json',
}
registerEnumType(CatalogFileFormat, { name: 'CatalogFileFormat' });

@InputType()
export class ImportCatalogInput {
  @Field(() => CatalogFileFormat)
  @IsEnum(CatalogFileFormat)
  format!: CatalogFileFormat;

  @Field({ description: 'The whole file as text (CSV or JSON, see CATALOG_IMPORT.md).' })
  @IsString()
  content!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;
}

@ObjectType('ImportRowError')
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Line of the data (1 = first line after the header; 0 = the whole file).' })
  row!: number;

  @Field(() => String, { nullable: true })
  sku!: string | null;

  @Field()
  message!: string;
}

@ObjectType('CatalogImport')
export class CatalogImportType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'queued, running, succeeded or failed (then nothing was changed).' })
  status!: string;

  @Field()
  fileName!: string;

  @Field(() => Int)
  totalRows!: number;

  @Field(() => Int)
  processedRows!: number;

  @Field(() => Int)
  createdProducts!: number;

  @Field(() => Int)
  updatedProducts!: number;

  @Field(() => [ImportRowErrorType])
  errors!: ImportRowErrorType[];
}

@ObjectType('Category')
export class CategoryType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  path!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int)
  depth!: number;
}

@ObjectType('Brand')
export class BrandType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;
}

@ObjectType('SearchSynonym')
export class SearchSynonymType {
  @Field()
  term!: string;

  @Field(() => [String])
  synonyms!: string[];
}

@ObjectType('SearchMiss')
export class SearchMissType {
  @Field()
  query!: string;

  @Field()
  createdAt!: Date;
}

@InputType()
export class SetSearchSynonymInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  term!: string;

  @Field(() => [String], { description: 'Empty removes the term.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  synonyms!: string[];
}

@InputType()
export class ProductIdsInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids!: string[];
}
