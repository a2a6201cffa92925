import { BadUserInputError } from "../../errors";
import type { EntityFilter } from "../common/list.args";
import { modelTypes } from "../model/active-model";

/** The EntityFilter fields that compare a declared property of the same name. */
const PROPERTY_FILTERS = ["kind", "status"] as const;

/**
 * Holds a list filter to the label's declaration: a `kind` or `status` filter must name a property
 * the label has, with one of its allowed values. Without this check a misspelt value would quietly
 * match nothing; the error lists the values that would match.
 */
export function checkFilter(label: string, filter: EntityFilter | undefined): void {
  if (!filter) return;
  const { view } = modelTypes();
  const properties = view.propertiesOf(label);
  for (const name of PROPERTY_FILTERS) {
    const value = filter[name];
    if (value == null) continue;
    const spec = properties[name];
    if (!spec) throw new BadUserInputError(`filter.${name}: ${label} has no ${name}; leave it out.`, { argument: `filter.${name}` });
    if (!view.accepts(spec, value)) {
      throw new BadUserInputError(`filter.${name} "${value}" is not a ${label} ${name}; use ${view.describeType(spec)}.`, { argument: `filter.${name}` });
    }
  }
}
