import type { DraftEntity, DraftFact, DraftLabel, DraftOf } from "./drafts";

/** What the document has said so far, for "the MOU", "the plant" and "the company". */
export interface DocumentMemory {
  drafts: DraftEntity[];
  facts: DraftFact[];
  /** The company the article is about: the one it names most. */
  focusCompany(): string | null;
  /** The company the article names first: who "we" and "our" are in an interview or a release. */
  firstCompany(): string | null;
  nextRef(): string;
}

/**
 * A fresh memory for one article. Drafts get refs "d0", "d1"... in the order the sentences create
 * them, which the assembled ids keep; `focus` is the ref of the company the article names most, `first` that of the one it names first.
 */
export function createDocumentMemory(focus: string | null, first: string | null = focus): DocumentMemory {
  let counter = 0;
  return { drafts: [], facts: [], nextRef: () => `d${counter++}`, focusCompany: () => focus, firstCompany: () => first };
}

/** Narrows a draft to a label; usable as a filter or find predicate. */
export function isDraftOf<L extends DraftLabel>(label: L): (draft: DraftEntity) => draft is DraftOf<L> {
  return (draft): draft is DraftOf<L> => draft.label === label;
}

/** The latest draft of a label the document has created that satisfies `test`, for definite references. */
export function latestDraft<L extends DraftLabel>(memory: DocumentMemory, label: L, test: (draft: DraftOf<L>) => boolean = () => true): DraftOf<L> | undefined {
  return memory.drafts.filter(isDraftOf(label)).reverse().find(test);
}

/**
 * Records a fact in the memory once: a fact joining an entity to itself, or repeating the type and
 * ends of one already recorded, is dropped. The one way facts enter the memory.
 */
export function addFact(memory: DocumentMemory, fact: DraftFact): void {
  if (fact.from === fact.to || memory.facts.some((f) => f.type === fact.type && f.from === fact.from && f.to === fact.to)) return;
  memory.facts.push(fact);
}
