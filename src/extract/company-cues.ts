import { tradeNounSource } from "./trade-nouns";

/** Nouns for what a company is, or is to another: "truck maker Dellmark", "ampwise, a Munich startup", "a unit of". */
const COMPANY_NOUN = `(?:${tradeNounSource()}|rival|subsidiary|unit|division|owner|parent)`;

/** A company noun right before the name: "axle maker DURATEC", "Driveline supplier ORVANA AB", "investment firm Cordillera Capital", "the Rotterdam-based Freightline". */
const NOUN_BEFORE = new RegExp(`(?:\\b${COMPANY_NOUN}|-based)\\s+$`, "i");

/** An appositive after the name that says what it is: ", a Munich startup", ", the Lyon-based battery startup", ", Switzerland's largest haulier", ", a unit of". */
const APPOSITIVE_AFTER = new RegExp(`^,\\s+(?:a|an|the|its|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?${COMPANY_NOUN}(?!['’])\\b`, "iu");

/** What only a company has, after its possessive: "Velmar's MX7 platform", "Kargo9's chief operating officer", "Brightway's plant". */
const POSSESSED_AFTER =
  /^['’]s\s+(?:[\p{L}\p{N}™®-]+\s+){0,3}?(?:plant|factory|factories|plants|gigafactory|headquarters|subsidiary|unit|division|parent|board|shares|shareholders|chief|ceo|cfo|coo|cto|president|chairman|chairwoman|founder|platform|model|range|lineup|line-up|trucks|buses|vans|tractors|fleet|customers|suppliers|order|orders|supply chain|workforce|revenue|sales|profit|brand)\b/iu;

/** A business verb after the name, its subject: "Orvana will build", "Ampwise has installed", "Kargo9 runs". */
const SUBJECT_OF =
  /^\s+(?:(?:has|have|had|will|would|is|was|also|already|now|recently|plans to|aims to|agreed to|expects to)\s+)*(?:supplies|supply|supplied|builds|build|makes|make|manufactures|manufacture|produces|produce|assembles|assemble|ordered|order|orders|installed|install|installs|operates|operate|employs|employ|exports|export|sells|sell|invests|invest|investing|opened|open|opens|delivered|delivers|deliver|develops|develop|developed|acquired|acquire|bought|buys|runs|run|teamed|partnered|signed|shipped|ships|won|raised|tapped|extended|renewed|selected|chose|picked|awarded|placed|licensed|licenses)\b/i;

/** A name a company deal or product comes from: "trucks from Hyvolta", "teamed up with X", "supplied by X", "a deal with X". */
const OBJECT_OF =
  /(?:\b(?:trucks|tractors|buses|vans|cells|batteries|packs|axles|modules|chargers|units|vehicles|parts|components|stacks|orders?)\s+from|\b(?:supplied|built|made|developed|produced|owned|controlled|acquired|backed|operated|designed|manufactured|assembled)\s+by|\b(?:teamed up|partnered|partnership|agreement|deal|contract|alliance|venture|talks|cooperation|collaboration|tie-up|merger|intent|understanding|MoU|LoI|pact)\s+with)\s+(?:the\s+)?$/i;

/** A name a new company is given: "The venture, to be called SwapHaul,", "The venture, AuraLok, will", "Its Latin American arm, Brandauer do Brasil,". */
const NAMED_AS =
  /\b(?:venture|JV|subsidiary|arm|unit|company|firm|startup|start-up|business),?\s+(?:(?:to be|will be|is|was|now|newly)\s+)*(?:called|named|dubbed|branded)\s+$|\b(?:venture|JV|subsidiary|arm),\s+$/i;

/**
 * True when the words around an unknown capitalised name say it is a company even without a legal
 * form or an industry ending: a company noun before it or in an appositive after it, a possessive
 * of what only companies have, a business verb it is the subject of, or a deal or product it is the
 * other side of. News names most companies bare ("Dellmark", "Kargo9", "ampwise"), and these cues
 * are what tells a reader they are companies; people and places are decided before this is asked.
 */
export function hasCompanyCue(preceding: string, following: string): boolean {
  return (
    NOUN_BEFORE.test(preceding) ||
    OBJECT_OF.test(preceding) ||
    NAMED_AS.test(preceding) ||
    APPOSITIVE_AFTER.test(following) ||
    POSSESSED_AFTER.test(following) ||
    SUBJECT_OF.test(following)
  );
}
