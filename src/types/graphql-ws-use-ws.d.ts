// graphql-ws publishes its ws adapter as the subpath export "graphql-ws/use/ws", which this project's
// moduleResolution ("node") does not read; Node resolves it at run time. This points the types at
// the adapter's declaration file.
declare module "graphql-ws/use/ws" {
  export * from "graphql-ws/dist/use/ws";
}
