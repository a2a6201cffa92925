/** An article the seed graph does not hold, naming Foton (and Iveco Group, CATL) under other names, and a new person. */
export const LIVE_ARTICLE = {
  title: "Foton and Iveco Group widen electric van tie-up to Portugal",
  publishedOn: "2025-03-04",
  source: "Test Wire",
  text: [
    "Foton and Iveco Group widen electric van tie-up to Portugal",
    "",
    "Beiqi Foton Motor Co. and Iveco Group signed a supply agreement in Lisbon on March 3, 2025.",
    "Contemporary Amperex Technology Co. Ltd., or CATL, will provide the battery packs, said Elena Marquez, director of procurement at Iveco Group.",
  ].join("\n"),
};

/** The same article with a sentence of its own, so that each ingest writes a new document. */
export const liveArticle = (step: string) => ({
  ...LIVE_ARTICLE,
  title: `${LIVE_ARTICLE.title} (${step})`,
  text: `${LIVE_ARTICLE.text}\nThe ${step} batch ships in May.`,
});

export const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { written document { id } } }`;
