/// The triggers of `Gazetteers/words/event-triggers.tsv`, in file order.
let eventTriggers: [Trigger] = WordLists.shared.triggers

/// Triggers by their first word.
let triggersByFirstWord: [String: [Trigger]] = Dictionary(grouping: eventTriggers, by: { $0.words[0] })

/// A quick pre-test for the keys of ``triggersByFirstWord``.
let triggerFirstWordFilter = KeyFilter(triggersByFirstWord.keys)
