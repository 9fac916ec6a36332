/// An expression that has no value for a solution: a type error, an unbound variable, a division
/// by zero, an unknown function. FILTER treats it as false; BIND leaves the variable unbound.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for people.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
