import { defineEnum } from "./model-spec";

export const FACT_ORIGIN = defineEnum({
  name: "FactOrigin",
  description: "Where a fact comes from: a curated facts file, or the extractor reading an ingested article.",
  values: {
    CURATED: "Written by hand in a facts file beside its article, with the exact quote.",
    EXTRACTED: "Read from an ingested article by the rule-based extractor, with the sentence it comes from.",
  },
});

export const VALUE_BOUND = defineEnum({
  name: "ValueBound",
  description: 'How a stated number relates to the real one, when the source hedges it ("more than 600").',
  values: {
    MORE_THAN: 'The real value is above the number ("more than", "over").',
    AT_LEAST: 'The real value is the number or above ("at least").',
    ABOUT: 'The number is approximate ("about", "around", "some").',
    NEARLY: 'The real value is just below the number ("nearly", "almost").',
    UP_TO: 'The number is a ceiling ("up to").',
  },
});

export const FACILITY_STATUS = defineEnum({
  name: "FacilityStatus",
  description: "Whether a facility runs yet.",
  values: {
    OPERATING: "Open and running.",
    PLANNED: "Announced or being planned, not yet running.",
  },
});

export const SOURCE_GRADE = defineEnum({
  name: "SourceGrade",
  description: "How reliable a publisher is, from A (best) to F (unknown), as the checked-in publisher grades say.",
  values: {
    A: "Completely reliable: an official or primary source.",
    B: "Usually reliable: established trade or business press.",
    C: "Fairly reliable.",
    D: "Not usually reliable.",
    E: "Unreliable.",
    F: "Reliability cannot be judged: the publisher is unknown or not graded.",
  },
});
