import ArgumentParser
import Foundation
import TripleStore

/// How a command logs in to a store: `--user`, `--netrc`, and the environment variables
/// `COMMUNIQUE_STORE_PASSWORD` and `COMMUNIQUE_STORE_TOKEN`, beside the URL's user part.
struct StoreAccessOptions: ParsableArguments {
    @Option(
        name: [.customShort("u"), .customLong("user")],
        help: ArgumentHelp(
            "The store login, NAME or NAME:PASSWORD (curl's convention); without a password, \(StoreCredentials.passwordVariable) or --netrc gives it.",
            valueName: "name[:password]"))
    var user: String?

    @Flag(help: "Take the login for the store's host from ~/.netrc (or the file $NETRC names).")
    var netrc = false

    /// The credentials for the store, from the options, the URL and the environment.
    ///
    /// - Throws: ``TripleStoreError`` for a user without a password or an unreadable netrc file.
    func credentials(for endpoint: StoreEndpoint, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreCredentials {
        let file = netrc ? try NetrcFile.load(environment: environment) : nil
        return try StoreCredentials.resolve(
            option: user, url: endpoint.urlCredentials, host: endpoint.host, netrc: file, environment: environment)
    }
}
