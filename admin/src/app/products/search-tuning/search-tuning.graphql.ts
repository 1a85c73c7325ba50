import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SearchSynonym {
  readonly term: string;
  readonly synonyms: readonly string[];
}

export interface SearchMiss {
  readonly query: string;
  readonly createdAt: string;
}

export const SEARCH_TUNING: TypedDocumentNode<
  { readonly searchSynonyms: readonly SearchSynonym[]; readonly searchMisses: readonly SearchMiss[] },
  { readonly misses: number }
> = gql`
  query SearchTuning($misses: Int!) {
    searchSynonyms {
      term
      synonyms
    }
    searchMisses(first: $misses) {
      query
      createdAt
    }
  }
`;

/** Replaces a term's synonyms; an empty list removes the term. Answers with every synonym of the store. */
export const SET_SEARCH_SYNONYM: TypedDocumentNode<
  { readonly setSearchSynonym: readonly SearchSynonym[] },
  { readonly input: { readonly term: string; readonly synonyms: readonly string[] } }
> = gql`
  mutation SetSearchSynonym($input: SetSearchSynonymInput!) {
    setSearchSynonym(input: $input) {
      term
      synonyms
    }
  }
`;
