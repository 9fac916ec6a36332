/// The SPDX terms DCAT 3 uses for checksums (https://spdx.org/rdf/terms/),
/// http://spdx.org/rdf/terms# — the terms Communique writes or reads.
public enum SPDX {
    /// The namespace IRI.
    public static let namespace = "http://spdx.org/rdf/terms#"
    /// `spdx:Checksum`: a checksum of a file.
    public static let Checksum = IRI(unchecked: namespace + "Checksum")
    /// `spdx:checksum`: the checksum of the distribution.
    public static let checksum = IRI(unchecked: namespace + "checksum")
    /// `spdx:algorithm`: the algorithm of the checksum.
    public static let algorithm = IRI(unchecked: namespace + "algorithm")
    /// `spdx:checksumValue`: the hex digest.
    public static let checksumValue = IRI(unchecked: namespace + "checksumValue")
    /// `spdx:ChecksumAlgorithm`: the class of checksum algorithms.
    public static let ChecksumAlgorithm = IRI(unchecked: namespace + "ChecksumAlgorithm")
    /// `spdx:checksumAlgorithm_sha256`: the SHA-256 algorithm.
    public static let checksumAlgorithm_sha256 = IRI(unchecked: namespace + "checksumAlgorithm_sha256")
}
