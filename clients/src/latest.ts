// Compiled (not run) after codegen, as a front end's bundler would: the generated types
// must fit Apollo Client's.
import { ApolloClient } from '@apollo/client';
import { LatestArticlesDocument } from './gql/graphql';

export async function latestTitles(client: ApolloClient, first: number): Promise<string[]> {
  const { data } = await client.query({ query: LatestArticlesDocument, variables: { first } });
  const titles: string[] = data?.articles.nodes.map((article) => article.title) ?? [];
  const published: (string | null | undefined)[] = data?.articles.nodes.map((article) => article.publishedAt) ?? [];
  return published.length === titles.length ? titles : [];
}
