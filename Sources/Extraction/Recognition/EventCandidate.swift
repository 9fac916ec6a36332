import Articles

/// An event found in one sentence, before merging.
struct EventCandidate {
    var kind: EventKind
    var cameo: String
    var persons: [Int]
    var sentence: Int
    var trigger: Range<Int>
    var date: CalendarDate?
    var endDate: CalendarDate?
    var location: LocationCandidate?
    var separate: Bool
}

enum LocationCandidate: Equatable {
    case place(String, PlaceKind, Int?)
    case country(Int)
    case organization(Int)
}

/// The words that announce an encounter.
struct Trigger {
    enum Shape: String, Sendable { case relational, nominal, visit, agreement }
    var words: [String]
    var kind: EventKind
    var cameo: String
    var shape: Shape
}
