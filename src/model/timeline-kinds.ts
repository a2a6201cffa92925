import { defineEnum } from "./model-spec";

/** What a dated fact is on a timeline. Date properties name one of these in the model. */
export const TIMELINE_KINDS = defineEnum({
  name: "TimelineKind",
  description: "What a dated fact on a timeline is.",
  values: {
    SIGNING: "An agreement was signed.",
    ANNOUNCEMENT: "Something was announced.",
    DEADLINE: "A next step is due.",
    LAUNCH: "A product was launched.",
    EXPO: "An appearance at a trade show or expo.",
    DEBUT: "A product was shown for the first time.",
    PARTNERSHIP_START: "A partnership or cooperation began.",
    REGULATION: "A rule took or takes effect.",
    PLANT_OPENING: "A facility opened.",
    PLANNED_OPENING: "A facility is expected to start running.",
    POSITION: "A person held a title at a company, as of this date.",
    TARGET: "A goal is due.",
    FIGURE: "A stated figure holds as of, or since, this date.",
    PUBLICATION: "A document was published.",
    OTHER: "A date the model gives no more specific kind.",
  },
});
