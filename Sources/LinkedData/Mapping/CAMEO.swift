import RDFModel

/// The CAMEO event types Communique writes (Schemas/event-types.ttl lists the same ones).
///
/// CAMEO (Conflict and Mediation Event Observations) codes events by a string of digits
/// whose prefixes are broader codes: "0312" (express intent to cooperate militarily) is
/// narrower than "031" and "03". Codes are strings, never numbers.
public enum CAMEO {
    /// One concept of the scheme.
    public struct Concept: Hashable, Sendable {
        /// The code, the concept's `skos:notation` ("042").
        public let code: String
        /// The English label, its `skos:prefLabel`.
        public let label: String
        /// The broader code, `nil` for the top concepts.
        public let broader: String?
    }

    /// The namespace of the concepts: `cameo:042` is `<https://communique.example/vocab/cameo/042>`.
    public static let namespace = "https://communique.example/vocab/cameo/"
    /// The concept scheme.
    public static let scheme = IRI(unchecked: namespace + "scheme")

    /// The concepts by code.
    public static let concepts: [String: Concept] = {
        var table: [String: Concept] = [:]
        for concept in list { table[concept.code] = concept }
        return table
    }()

    /// The IRI of a code's concept.
    public static func iri(_ code: String) -> IRI { IRI(unchecked: namespace + code) }

    /// Every concept, in code order.
    public static let list: [Concept] = [
        Concept(code: "01", label: "Make public statement", broader: nil),
        Concept(code: "010", label: "Make statement, not specified below", broader: "01"),
        Concept(code: "013", label: "Make optimistic comment", broader: "01"),
        Concept(code: "018", label: "Make empathetic comment", broader: "01"),
        Concept(code: "019", label: "Express accord", broader: "01"),
        Concept(code: "02", label: "Appeal", broader: nil),
        Concept(code: "020", label: "Make an appeal or request, not specified below", broader: "02"),
        Concept(code: "03", label: "Express intent to cooperate", broader: nil),
        Concept(code: "030", label: "Express intent to cooperate, not specified below", broader: "03"),
        Concept(code: "031", label: "Express intent to engage in material cooperation", broader: "03"),
        Concept(code: "0311", label: "Express intent to cooperate economically", broader: "031"),
        Concept(code: "0312", label: "Express intent to cooperate militarily", broader: "031"),
        Concept(code: "032", label: "Express intent to provide diplomatic cooperation", broader: "03"),
        Concept(code: "036", label: "Express intent to meet or negotiate", broader: "03"),
        Concept(code: "04", label: "Consult", broader: nil),
        Concept(code: "040", label: "Consult, not specified below", broader: "04"),
        Concept(code: "041", label: "Discuss by telephone", broader: "04"),
        Concept(code: "042", label: "Make a visit", broader: "04"),
        Concept(code: "043", label: "Host a visit", broader: "04"),
        Concept(code: "044", label: "Meet at a third location", broader: "04"),
        Concept(code: "045", label: "Mediate", broader: "04"),
        Concept(code: "046", label: "Engage in negotiation", broader: "04"),
        Concept(code: "05", label: "Engage in diplomatic cooperation", broader: nil),
        Concept(code: "050", label: "Engage in diplomatic cooperation, not specified below", broader: "05"),
        Concept(code: "051", label: "Praise or endorse", broader: "05"),
        Concept(code: "052", label: "Defend verbally", broader: "05"),
        Concept(code: "054", label: "Grant diplomatic recognition", broader: "05"),
        Concept(code: "057", label: "Sign formal agreement", broader: "05"),
        Concept(code: "06", label: "Engage in material cooperation", broader: nil),
        Concept(code: "060", label: "Engage in material cooperation, not specified below", broader: "06"),
        Concept(code: "061", label: "Cooperate economically", broader: "06"),
        Concept(code: "062", label: "Cooperate militarily", broader: "06"),
        Concept(code: "064", label: "Share intelligence or information", broader: "06"),
    ]
}
