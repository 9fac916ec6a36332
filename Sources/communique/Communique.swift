import ArgumentParser
import RDFSyntax

/// The `communique` command: news about defence diplomacy in, linked data out.
@main
struct Communique: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique",
        abstract: "Turn news about defence diplomacy into linked data, and validate RDF graphs with SHACL.",
        version: "0.1.0",
        subcommands: [
            ConvertCommand.self, ExportCommand.self, MergeCommand.self, PublishCommand.self, QueryCommand.self, ReadCommand.self,
            ValidateCommand.self,
        ])

    /// SIGINT and SIGTERM remove every temporary file and folder before the process ends (130, 143).
    static func main() {
        TemporaryPaths.removeOnSignal()
        main(nil)
    }
}
