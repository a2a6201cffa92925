import { ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "A person; their positions are relationships to companies." })
export class Person extends Node {}
