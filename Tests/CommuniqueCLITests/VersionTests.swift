import Testing
import TestSupport

@Suite struct VersionTests {
    @Test func printsVersionAndHelp() throws {
        let version = try CommandLineTool.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.contains("0.1.0"))
        let help = try CommandLineTool.run(["--help"])
        #expect(help.standardOutput.contains("convert"))
    }

    @Test func unknownSubcommandIsAUsageError() throws {
        let outcome = try CommandLineTool.run(["frobnicate"])
        #expect(outcome.status == 64)
    }
}
