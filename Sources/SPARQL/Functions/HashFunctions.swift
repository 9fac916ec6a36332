import Crypto
import Foundation
import RDFModel

/// The hash functions (§17.4.6): MD5, SHA1, SHA256, SHA384, SHA512 of a simple literal's UTF-8 bytes.
extension FunctionLibrary {
    static func hashFunction(_ name: String, _ arguments: [Term]) throws -> Term? {
        let digest: any Sequence<UInt8>
        switch name {
        case "MD5": digest = Insecure.MD5.hash(data: Data(try simpleString(arguments[0]).utf8))
        case "SHA1": digest = Insecure.SHA1.hash(data: Data(try simpleString(arguments[0]).utf8))
        case "SHA256": digest = SHA256.hash(data: Data(try simpleString(arguments[0]).utf8))
        case "SHA384": digest = SHA384.hash(data: Data(try simpleString(arguments[0]).utf8))
        case "SHA512": digest = SHA512.hash(data: Data(try simpleString(arguments[0]).utf8))
        default: return nil
        }
        return .string(digest.map { String(format: "%02x", $0) }.joined())
    }
}
