import type { Cluster } from "./cluster-mentions";
import { addFact, createDocumentMemory, type DocumentMemory } from "./document-memory";
import { readSentenceFacts } from "./patterns";
import type { EntityMention } from "./recognize-entities";
import type { Sentence } from "./split-sentences";

export interface ArticleFactsInput {
  sentences: Sentence[];
  perSentence: EntityMention[][];
  clusters: Cluster[];
  clusterOf: Map<EntityMention, Cluster>;
  clusterRef: (cluster: Cluster) => string;
  reference: Date | null;
}

/**
 * A place and the larger place the gazetteer puts it in, named in the same sentence ("Padua, Italy"):
 * one is part of the other. Recorded through `addFact`, like every pattern's fact, so that it is
 * dropped when it would join a place to itself (a city clustered with the state of the same name)
 * or repeat a fact already recorded.
 */
function placeHierarchyFacts({ clusters, clusterRef }: ArticleFactsInput, memory: DocumentMemory): void {
  for (const cluster of clusters) {
    const parentName = cluster.place?.parent;
    const parent = parentName ? clusters.find((c) => c.label === "Market" && (c.place?.name === parentName || c.names.includes(parentName))) : undefined;
    const together = parent && cluster.mentions.find((mention) => parent.mentions.some((other) => other.sentence === mention.sentence));
    if (parent && together)
      addFact(memory, { type: "PART_OF", from: clusterRef(cluster), to: clusterRef(parent), sentence: together.sentence, properties: {}, confidence: 0.7 });
  }
}

/**
 * A company's headquarters is one place: when the article names its city ("headquartered in
 * Daejeon") as well as its country by an adjective ("a Korean cell maker"), the city is kept.
 */
function preferCityHeadquarters({ clusters, clusterRef }: ArticleFactsInput, memory: DocumentMemory): void {
  const countries = new Set(clusters.filter((cluster) => cluster.place?.kind === "COUNTRY").map(clusterRef));
  const headquarters = memory.facts.filter((fact) => fact.type === "HEADQUARTERED_IN");
  const withCity = new Set(headquarters.filter((fact) => !countries.has(fact.to)).map((fact) => fact.from));
  memory.facts = memory.facts.filter((fact) => fact.type !== "HEADQUARTERED_IN" || !withCity.has(fact.from) || !countries.has(fact.to));
}

/**
 * Reads the facts of an article sentence by sentence, in order, each sentence's mentions given by
 * their cluster's ref, into one document memory; then the place hierarchy the article shows. The
 * company the article names most is what unattributed figures refer to; "the company" or "its" in a
 * sentence naming none is the first company of the sentence before, or the company that sentence
 * itself referred to when it named none. A company's city headquarters
 * wins over the country an adjective gives it.
 */
export function readArticleFacts(input: ArticleFactsInput): DocumentMemory {
  const { clusters, clusterOf, clusterRef } = input;
  const mostNamed = clusters.filter((c) => c.label === "Company").sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const firstNamed = input.perSentence.flat().find((mention) => mention.label === "Company");
  const memory = createDocumentMemory(mostNamed ? clusterRef(mostNamed) : null, firstNamed ? clusterRef(clusterOf.get(firstNamed)!) : null);
  let previous: { index: number; companies: string[] } | undefined;
  input.sentences.forEach((sentence, i) => {
    const mentions = input.perSentence[i].map((mention) => ({ ref: clusterRef(clusterOf.get(mention)!), mention }));
    readSentenceFacts({ sentence, mentions, reference: input.reference, previous }, memory);
    const companies = mentions.filter(({ mention }) => mention.label === "Company").map(({ ref }) => ref);
    // A sentence naming no company keeps talking about the one before it: "Amperis ... The group has said ... Its
    // head of Europe" is Amperis's, quoted from "The group" on.
    const carried = companies.length === 0 && previous && previous.index >= sentence.index - 1 && previous.companies.length > 0;
    previous = { index: sentence.index, companies: carried ? previous!.companies : companies };
  });
  placeHierarchyFacts(input, memory);
  preferCityHeadquarters(input, memory);
  return memory;
}
