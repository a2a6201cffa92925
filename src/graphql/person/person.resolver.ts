import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { GraphRepository } from "../../repositories/graph.repository";
import { Agreement } from "../agreement/agreement.type";
import { ConnectionType } from "../common/connection.type";
import { Company } from "../company/company.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes, requireNode } from "../entity/related-nodes";
import { Event } from "../event/event.type";
import { Person } from "./person.type";
import { Position, toPosition } from "./position.type";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const PersonConnection = ConnectionType(Person, "Person");

@Resolver(() => Person)
export class PersonResolver extends createEntityResolver({ label: NodeLabel.Person, type: Person, connection: PersonConnection, one: "person", many: "people" }) {
  @FieldResolver(() => [Position], { description: "The positions the sources give this person." })
  async positions(@Root() person: Person): Promise<Position[]> {
    const records = await this.repository.related(person.id, RELATION_FIELDS.Person.positions);
    return records.map(toPosition);
  }

  @FieldResolver(() => [Agreement], { description: "Agreements whose signing this person witnessed." })
  witnessed(@Root() person: Person): Promise<Agreement[]> {
    return relatedNodes(this.repository, person.id, RELATION_FIELDS.Person.witnessed);
  }

  @FieldResolver(() => [Event])
  events(@Root() person: Person): Promise<Event[]> {
    return relatedNodes(this.repository, person.id, RELATION_FIELDS.Person.events);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  constructor(private readonly repository: GraphRepository) {}

  @FieldResolver(() => Person)
  person(@Root() position: Position): Promise<Person> {
    return requireNode(this.repository, position.personId, "Person");
  }

  @FieldResolver(() => Company)
  company(@Root() position: Position): Promise<Company> {
    return requireNode(this.repository, position.companyId, "Company");
  }
}
