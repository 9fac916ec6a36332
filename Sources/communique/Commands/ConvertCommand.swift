import ArgumentParser

/// `communique convert`: convert RDF between syntaxes.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert", abstract: "Convert RDF between syntaxes.")
    func run() throws {
        throw ValidationError("convert is being built")
    }
}
