/**
 * The options the IDE asks for the schema with (given to GraphiQL as props, which are also its
 * defaults), so that the build can list the exact introspection query it sends among the trusted
 * documents: graphql's getIntrospectionQuery with these options, named IntrospectionQuery.
 */
export const IDE_INTROSPECTION_OPTIONS = { inputValueDeprecation: false, schemaDescription: false } as const;
