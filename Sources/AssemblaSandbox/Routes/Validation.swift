/// Collects validation messages per field and turns them into one 422 answer.
struct Validation {
    private(set) var errors: [(field: String, messages: [String])] = []

    /// Adds `message` for `field`.
    mutating func add(_ field: String, _ message: String) {
        if let index = errors.firstIndex(where: { $0.field == field }) {
            errors[index].messages.append(message)
        } else {
            errors.append((field, [message]))
        }
    }

    /// Adds `can't be blank` when `text` is missing or only whitespace.
    mutating func requirePresent(_ field: String, _ text: String?) {
        if (text ?? "").allSatisfy(\.isWhitespace) { add(field, "can't be blank") }
    }

    /// Throws the 422 when anything was added.
    func check() throws {
        if !errors.isEmpty { throw APIFailure(response: .unprocessable(errors)) }
    }
}
