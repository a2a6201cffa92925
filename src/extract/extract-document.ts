import { NodeLabel } from "../model/graph-model";
import { assembleExtraction } from "./assemble-extraction";
import { articleSentences } from "./article-sentences";
import { candidateKeys } from "./candidate-keys";
import { canonicalName } from "./cluster-names";
import { clusterMentions, type Cluster } from "./cluster-mentions";
import { contentHashOf } from "../model/content-hash";
import { parseEdtfDate } from "../model/edtf-date";
import { declaredAcronyms } from "./declared-acronyms";
import { entityId, slug } from "./entity-id";
import type { ArticleInput, EntityLookup, Extraction, IdLookup, NeighbourLookup } from "./extraction";
import { indexKnownEntities } from "./known-graph";
import { lowercaseCompanyMentions } from "./lowercase-names";
import { readArticleFacts } from "./read-article-facts";
import { recognizeArticle } from "./recognize-article";
import { SentenceTagger } from "./sentence-tagger";
import { recognizeEntities, type KnownNames } from "./recognize-entities";
import { resolveClusters } from "./resolve-clusters";
import { resolveDrafts } from "./resolve-drafts";

const NO_KNOWLEDGE: KnownNames = { labelOf: () => null };

/** The ids new entities would take, with the first few numbered variants, to ask the graph which are taken. */
function proposedIds(clusters: Cluster[], acronyms: Set<string>): string[] {
  return clusters
    .filter((cluster) => !cluster.known)
    .flatMap((cluster) => {
      const name = canonicalName(cluster, acronyms);
      return [entityId(cluster.label, name), ...[2, 3, 4, 5].map((n) => entityId(cluster.label, name, n))];
    });
}

/**
 * Reads an article into entities and facts, every one tied to the sentence it comes from. Entities
 * are clustered within the article (acronyms declared in the text, surname references, legal-suffix
 * variants) and then resolved against the graph through `lookup`, so "Beiqi Foton Motor Co." becomes
 * the existing Foton while "Iveco Group" and "IVECO" stay apart. The plants, figures and products it
 * describes resolve against those the graph holds near its known companies (`neighboursOf`). Reads
 * in one pass per stage, with one lookup of names, then ids and neighbours together; writes nothing.
 */
export async function extractDocument(
  input: ArticleInput,
  lookup: EntityLookup,
  idsInUse: IdLookup = () => Promise.resolve([]),
  neighboursOf: NeighbourLookup = () => Promise.resolve([]),
): Promise<Extraction> {
  const { text } = input;
  const { scanText, sentences } = articleSentences(input);
  const contentHash = contentHashOf(text);
  const documentId = `document:${slug(input.title)}-${contentHash.slice(0, 8)}`;
  const published = input.publishedOn ? parseEdtfDate(input.publishedOn) : null;
  // A publication date known only to the month or year dates relative words from its first day.
  const reference = published ? new Date(`${published.start}T12:00:00Z`) : null;

  const tagger = new SentenceTagger();
  const firstPass = sentences.flatMap((sentence) => recognizeEntities(scanText, sentence, NO_KNOWLEDGE, tagger));
  const keys = candidateKeys(sentences, firstPass);
  const graph = indexKnownEntities(keys.length ? await lookup(keys) : []);
  const recognized = recognizeArticle(scanText, sentences, firstPass, graph, tagger);
  const { documentPeople } = recognized;
  const perSentence = lowercaseCompanyMentions(scanText, sentences, recognized.perSentence);
  const mentions = perSentence.flat();

  const acronymOf = declaredAcronyms(scanText, mentions);
  const { clusters, clusterOf } = clusterMentions(mentions, documentPeople, acronymOf);
  resolveClusters(clusters, graph);
  const clusterRef = (cluster: Cluster) => `m${clusters.indexOf(cluster)}`;
  const memory = readArticleFacts({ sentences, perSentence, clusters, clusterOf, clusterRef, reference });

  const acronyms = new Set(acronymOf.keys());
  const proposed = proposedIds(clusters, acronyms);
  const companies = clusters.filter((cluster) => cluster.label === NodeLabel.Company && cluster.known);
  const [inUse, neighbours] = await Promise.all([
    proposed.length ? idsInUse(proposed) : [],
    companies.length && memory.drafts.length ? neighboursOf(companies.map((cluster) => cluster.known!.id)) : [],
  ]);
  const clusterIds = new Map(clusters.filter((cluster) => cluster.known).map((cluster) => [clusterRef(cluster), cluster.known!.id]));
  const drafts = resolveDrafts(memory, clusterIds, neighbours);
  return assembleExtraction(input, { documentId, contentHash, text, sentences, clusters, memory, clusterRef, acronyms, inUse: new Set(inUse), drafts });
}
