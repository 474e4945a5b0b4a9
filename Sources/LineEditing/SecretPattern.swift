/// Recognises lines that carry credentials, so history never stores them: assignments to
/// an api key/secret, token or password (`token = "…"`, `api_key: …`, `password=…`) and
/// any mention of the `ASSEMBLA_API_*` / `ASSEMBLA_TOKEN` variables.
enum SecretPattern {
    /// The names that, followed by `=` or `:`, mark a secret.
    static let names = ["apikey", "api_key", "api-key", "apisecret", "api_secret", "api-secret",
                        "secret", "token", "password", "passwd", "pwd"]
    /// Environment variables that hold credentials.
    static let variables = ["assembla_api_", "assembla_token"]

    /// Whether `line` looks like it holds a secret.
    static func matches(_ line: String) -> Bool {
        let lower = line.lowercased()
        if variables.contains(where: lower.contains) { return true }
        let characters = Array(lower)
        for name in names {
            var searchStart = lower.startIndex
            while let range = lower.range(of: name, range: searchStart..<lower.endIndex) {
                searchStart = range.upperBound
                if isAssignment(characters, after: lower.distance(from: lower.startIndex, to: range.upperBound)) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the characters after a name are an assignment: optional name characters
    /// (`token_value`), spaces or quotes, then `=` or `:`.
    private static func isAssignment(_ characters: [Character], after offset: Int) -> Bool {
        var position = offset
        while position < characters.count, characters[position].isLetter || characters[position].isNumber
            || characters[position] == "_" || characters[position] == "-" {
            position += 1
        }
        while position < characters.count, characters[position] == " " || characters[position] == "\""
            || characters[position] == "'" {
            position += 1
        }
        return position < characters.count && (characters[position] == "=" || characters[position] == ":")
    }
}
