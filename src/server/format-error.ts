import type { ValidationError } from "class-validator";
import { GraphQLError, Kind, type ASTNode, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError, getMetadataStorage } from "type-graphql";
import type { Config } from "../config";
import { argumentProblems, ErrorCode, InvalidArgumentsError } from "../errors";

const OWN_CODES = new Set<unknown>(Object.values(ErrorCode));

/** The error a client error was made from: the resolver's or the scalar's, under graphql's and Apollo's wrappers. */
function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error) : error;
}

/**
 * The argument an input object was validated for. type-graphql validates an @Args class as a whole
 * (its properties are the arguments) but an @Arg input object alone, so its fields need the
 * argument's name in front; type-graphql's metadata says which argument takes that input type.
 */
function argumentOf(target: unknown, node: ASTNode | undefined): string {
  const type = (target as object | undefined)?.constructor;
  const storage = getMetadataStorage();
  if (!type || storage.argumentTypes.some((args) => args.target === type)) return "";
  const names = new Set(storage.params.flatMap((param) => (param.kind === "arg" && param.getType() === type ? [param.name] : [])));
  const given = node?.kind === Kind.FIELD ? (node.arguments ?? []).map((argument) => argument.name.value) : [];
  return given.find((name) => names.has(name)) ?? [...names][0] ?? "";
}

/** type-graphql's "Argument Validation Error" told as what was wrong, with the problems per argument and without the values sent. */
function explainArguments(formatted: GraphQLFormattedError, failure: ArgumentValidationError, error: GraphQLError): GraphQLFormattedError {
  const failures: ValidationError[] = failure.extensions.validationErrors ?? [];
  const explained = new InvalidArgumentsError(argumentProblems(failures, argumentOf(failures[0]?.target, error.nodes?.[0])));
  const { validationErrors: _validationErrors, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: explained.message, extensions: { ...extensions, ...explained.extensions } };
}

/** graphql-js's prefix of a variable that a scalar refused: the variable, the value again (already in the scalar's message), maybe a path. */
const VARIABLE_PREFIX = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?$/s;

/**
 * An error of this API that graphql-js or Apollo wrapped keeps its own code and message. Apollo labels
 * every error found during validation GRAPHQL_VALIDATION_FAILED, including a limit refusal and a
 * scalar's refusal of a literal; graphql-js puts "Variable "$x" got invalid value ..." before a
 * scalar's refusal of a variable, which then reads `Variable "$x": <the scalar's message>`.
 */
function keepOwnError(formatted: GraphQLFormattedError, original: GraphQLError): GraphQLFormattedError {
  const extensions = { ...formatted.extensions, code: original.extensions.code };
  if (formatted.message === original.message || !formatted.message.endsWith(`; ${original.message}`)) return { ...formatted, extensions };
  const variable = formatted.message.slice(0, -original.message.length - 2).match(VARIABLE_PREFIX);
  if (!variable) return { ...formatted, extensions };
  const [, name, path] = variable;
  return { ...formatted, message: `Variable "$${name}"${path ? ` at "${path}"` : ""}: ${original.message}`, extensions };
}

/** graphql-js's "Did you mean ...?" names fields, arguments, types and enum values of the schema; with introspection off it should not. */
const SUGGESTION = /\s*Did you mean [^?]*\?$/;

/** Says what went wrong in this API's terms: arguments explained, its own codes kept, suggestions dropped when the config says so. */
function explain(config: Config, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  let explained = formatted;
  if (original instanceof ArgumentValidationError && error instanceof GraphQLError) explained = explainArguments(formatted, original, error);
  else if (original instanceof GraphQLError && original !== error && OWN_CODES.has(original.extensions.code)) explained = keepOwnError(formatted, original);
  if (config.limits.blockFieldSuggestions) explained = { ...explained, message: explained.message.replace(SUGGESTION, "") };
  return explained;
}

/**
 * Shapes every error a client gets. Errors of this API keep their code and message, even when
 * graphql-js or Apollo wrapped them; type-graphql's argument validation failures say what was wrong
 * (BAD_USER_INPUT with `problems`, never the values sent). In production an error without one of this
 * API's codes is masked as "Internal server error" (no message, no stack, no Cypher, no Neo4j
 * internals; the request log has the details under the request id), and stack traces are dropped
 * everywhere but development.
 */
export function formatError(config: Config) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = explain(config, raw, error);
    const original = originalOf(error);
    const known = original instanceof GraphQLError && OWN_CODES.has(original.extensions?.code);
    if (config.env === "production" && formatted.extensions?.code === ErrorCode.InternalServerError && !known) {
      return { message: "Internal server error", extensions: { code: ErrorCode.InternalServerError } };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: config.env === "production" ? extensions : formatted.extensions };
  };
}
