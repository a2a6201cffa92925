import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

/**
 * An operation refused because the server runs only trusted documents (TRUSTED_DOCUMENTS) and this
 * one is not in its manifest, sent either as text (whose sha256 is not listed) or as an APQ hash alone
 * (not listed either). The message says how to send one that is, and how an operator adds one;
 * `extensions.sha256` is the hash the server looked up, so a client can compare it with its manifest.
 */
export class UntrustedDocumentError extends GraphQLError {
  constructor(sha256: string, sentAs: "text" | "hash") {
    const what = sentAs === "text" ? `The operation sent (sha256 ${sha256})` : `The persisted query hash ${sha256}`;
    super(
      `${what} is not a trusted document of this server, which runs only the operations of its manifest. Send one of those, ` +
        "by its exact text or by its sha256 in extensions.persistedQuery; to run a new operation, add it to a manifest listed in TRUSTED_DOCUMENTS and restart the server.",
      { extensions: { code: ErrorCode.UntrustedDocument, sha256, http: { status: 400 } } },
    );
    this.name = "UntrustedDocumentError";
  }
}
