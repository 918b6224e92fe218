// What a front-end developer writes first with a client generated from openapi/openapi.yaml. SpecLintTest
// compiles it with tsc --strict against types from openapi-typescript (written next to it as gazette-api.d.ts):
// fields the API always sends must be usable without ?. or !.
import createClient from "openapi-fetch";
import type { paths } from "./gazette-api";

const client = createClient<paths>({ baseUrl: "http://localhost:8080" });

const { data } = await client.GET("/api/v1/articles", { params: { query: { section: ["opinion"], size: 5 } } });
if (data) {
  const slug: string = data.items[0].slug; // a card may lack its other fields (fields=), never id and slug
  console.log(slug);
}

const { data: article } = await client.GET("/api/v1/articles/{slug}", { params: { path: { slug: "single-state-irans-solution" } } });
if (article) {
  const title: string = article.title;
  console.log(title);
}
