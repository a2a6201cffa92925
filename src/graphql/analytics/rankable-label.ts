import { ValidateBy, type ValidationArguments, type ValidationOptions } from "class-validator";
import { modelInUse } from "../../model/model-in-use";
import type { ModelView } from "../../model/model-view";

/**
 * The labels a degree ranking can rank when it counts relationships of `types` (every fact type when
 * none are given): those at either end of a counted type. Any other label would rank every node at
 * degree 0, which reads as an answer but says nothing; the document label is one such by default,
 * since its only relationship is the mention, which is provenance rather than a fact.
 */
export function rankableLabels(view: ModelView, types: readonly string[]): string[] {
  const counted = types.length ? types : view.factTypes;
  const ends = new Set(counted.flatMap((type) => Object.values(view.ends(type)).flat()));
  return view.labels.filter((label) => ends.has(label));
}

/** The relationship types an argument object counts, read beside the label it validates. */
function countedTypes(args: ValidationArguments): string[] {
  return (args.object as { relationshipTypes?: string[] | null }).relationshipTypes ?? [];
}

/**
 * Refuses, as BAD_USER_INPUT, a label that no counted relationship type starts or ends at, naming the
 * labels that can be ranked; the counted types are the `relationshipTypes` argument beside it.
 */
export function RankableLabel(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "rankableLabel",
      validator: {
        validate: (value, args) => rankableLabels(modelInUse(), args ? countedTypes(args) : []).includes(value as string),
        defaultMessage: (args) => {
          const types = args ? countedTypes(args) : [];
          const counted = types.length ? `${types.join(", ")} relationships` : "fact relationships";
          const rankable = rankableLabels(modelInUse(), types).sort();
          return `${args?.property ?? "label"} ${String(args?.value)} cannot be ranked: it has no ${counted} to count; use one of ${rankable.join(", ")}`;
        },
      },
    },
    options,
  );
}
